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
    public let rules: [IndexedRule]
    public let rulesByKey: [RuleKey: IndexedRule]
    let rulesByLowerID: [String: [IndexedRule]]
    let views = ViewCache()

    init(
        generation: Int, roots: [String], shards: ShardSet, files: [ShardFile],
        techniques: [TechniqueID: SlicedAggregate], corpus: SlicedAggregate, diagnostics: [Diagnostic],
        scanDiagnostics: [Diagnostic], attack: AttackCatalog, events: EventCatalog
    ) {
        self.generation = generation
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        loadedAt = Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        self.roots = roots
        self.shards = shards
        self.files = files
        self.techniques = techniques
        self.corpus = corpus
        self.diagnostics = diagnostics
        self.scanDiagnostics = scanDiagnostics
        self.attack = attack
        self.events = events
        var losers = Set<RuleSite>()
        for s in shards.shards { losers.formUnion(s.losers) }
        var rules: [IndexedRule] = []
        for f in files {
            for (i, r) in f.rules.enumerated() where !losers.contains(RuleSite(path: f.file.path, index: i)) { rules.append(r) }
        }
        self.rules = rules
        var byKey: [RuleKey: IndexedRule] = [:]
        var byID: [String: [IndexedRule]] = [:]
        for r in rules {
            byKey[r.key] = r
            byID[r.key.id.lowercasedFast(), default: []].append(r)
        }
        rulesByKey = byKey
        rulesByLowerID = byID
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
            generation: generation, roots: roots, shards: shards, files: files, techniques: techniques,
            corpus: corpus, diagnostics: diagnostics, scanDiagnostics: scanDiagnostics, attack: attack, events: events
        )
    }
}
