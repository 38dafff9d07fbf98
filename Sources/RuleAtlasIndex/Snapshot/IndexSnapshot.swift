#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RuleAtlasCatalog
import RuleAtlasModel
import Synchronization

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
    /// Per technique id (with roll-up): its rules and, made when first needed, its
    /// aggregate per slice (`makeTechniqueAggregates` makes all of them).
    public let techniques: [TechniqueID: TechniqueEntry]
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
    /// Set once every technique aggregate is known to be made: queries that read them all
    /// (`event.get`, `coverage.layer`) then skip looking at each entry.
    private let allMade = Atomic<Bool>(false)

    init(
        generation: Int, roots: [String], shards: ShardSet, files: [ShardFile], table: RuleTable, sites: RuleSites?,
        delta: RuleDelta?, techniques: [TechniqueID: TechniqueEntry], corpus: SlicedAggregate, diagnostics: [Diagnostic],
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
            generation: 0, roots: [], shards: ShardSet(), files: [], table: RuleTable(), sites: nil, delta: nil,
            techniques: [:], corpus: SlicedAggregate(), diagnostics: [], scanDiagnostics: [], attack: attack, events: events
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

    /// Makes every technique aggregate not made yet, across the cores, largest first.
    /// Safe from any thread at any time; queries asking meanwhile make or wait for theirs.
    public func makeTechniqueAggregates() {
        guard !allMade.load(ordering: .acquiring) else { return }
        let pending = techniques.values.filter { !$0.isMade }.sorted { $0.rules.count > $1.rules.count }
        _ = parallelMap(pending.count) { i in pending[i].aggregate.isEmpty }
        allMade.store(true, ordering: .releasing)
    }

    /// True when every technique aggregate is made.
    public var techniqueAggregatesMade: Bool {
        allMade.load(ordering: .acquiring) || techniques.values.allSatisfy(\.isMade)
    }
}

extension IndexSnapshot: CustomStringConvertible, CustomReflectable {
    public var description: String {
        "IndexSnapshot(generation \(generation), \(files.count) files, \(rules.count) rules, \(techniques.count) technique ids)"
    }

    /// What reflection shows (test failure reports walk a value's children): immutable
    /// counts only, never the caches other threads fill while queries run.
    public var customMirror: Mirror {
        Mirror(self, children: ["generation": generation, "files": files.count, "rules": rules.count, "techniques": techniques.count])
    }
}
