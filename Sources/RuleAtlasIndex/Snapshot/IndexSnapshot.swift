#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RuleAtlasCatalog
import RuleAtlasModel

/// An immutable, complete view of the index at one generation. Queries read it from any
/// thread; a rebuild makes a new one (`IndexBuilder.apply`) and the server swaps a reference.
public final class IndexSnapshot: Sendable {
    public let generation: Int
    /// Seconds since the Unix epoch when this snapshot was made.
    public let loadedAt: Double
    public let roots: [String]
    public let shards: ShardSet
    /// Every candidate file, in path order.
    public let files: [ShardFile]
    /// Per technique id (with roll-up), per slice.
    public let techniques: [TechniqueID: SlicedAggregate]
    /// The whole corpus, per slice: corpus reach and corpus-wide ranks.
    public let corpus: SlicedAggregate
    /// Scan, file and duplicate-id diagnostics, scan ones first, then in path order.
    public let diagnostics: [Diagnostic]
    let scanDiagnostics: [Diagnostic]
    public let attack: AttackCatalog
    public let events: EventCatalog
    /// Counted rules (duplicates left out), in path order, deprecated ones included.
    public var rules: [IndexedRule] { table.rules }
    public var rulesByKey: [RuleKey: IndexedRule] { table.byKey }
    var rulesByLowerID: [String: [IndexedRule]] { table.byLowerID }
    let table: RuleTable
    /// Where each rule id is defined, first in path order first; made by the first
    /// incremental update (nil until then), then kept in step.
    let sites: RuleSites?
    /// The counted rules that differ from generation - 1, when this snapshot was made from it.
    let delta: RuleDelta?
    let views = ViewCache()

    /// A snapshot whose counted rules are taken from `files` and the shards' losers.
    convenience init(
        generation: Int, roots: [String], shards: ShardSet, files: [ShardFile],
        techniques: [TechniqueID: SlicedAggregate], corpus: SlicedAggregate, diagnostics: [Diagnostic],
        scanDiagnostics: [Diagnostic], attack: AttackCatalog, events: EventCatalog
    ) {
        self.init(
            generation: generation, roots: roots, shards: shards, files: files, table: RuleTable(files: files, shards: shards),
            sites: nil, delta: nil, techniques: techniques, corpus: corpus, diagnostics: diagnostics,
            scanDiagnostics: scanDiagnostics, attack: attack, events: events)
    }

    init(
        generation: Int, roots: [String], shards: ShardSet, files: [ShardFile], table: RuleTable, sites: RuleSites?,
        delta: RuleDelta?, techniques: [TechniqueID: SlicedAggregate], corpus: SlicedAggregate, diagnostics: [Diagnostic],
        scanDiagnostics: [Diagnostic], attack: AttackCatalog, events: EventCatalog
    ) {
        self.generation = generation
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        loadedAt = Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        self.roots = roots
        self.shards = shards
        self.files = files
        self.table = table
        self.sites = sites
        self.delta = delta
        self.techniques = techniques
        self.corpus = corpus
        self.diagnostics = diagnostics
        self.scanDiagnostics = scanDiagnostics
        self.attack = attack
        self.events = events
    }

    /// An empty snapshot (generation 0) for a server that has not loaded yet.
    public static func empty(attack: AttackCatalog = .builtin, events: EventCatalog = .builtin) -> IndexSnapshot {
        IndexSnapshot(
            generation: 0, roots: [], shards: ShardSet(), files: [], techniques: [:], corpus: SlicedAggregate(),
            diagnostics: [], scanDiagnostics: [], attack: attack, events: events
        )
    }

    /// The same counts with another ATT&CK catalog (the bundle read after the rules).
    public func with(attack: AttackCatalog) -> IndexSnapshot {
        IndexSnapshot(
            generation: generation, roots: roots, shards: shards, files: files, table: table, sites: sites, delta: delta,
            techniques: techniques, corpus: corpus, diagnostics: diagnostics, scanDiagnostics: scanDiagnostics,
            attack: attack, events: events
        )
    }
}
