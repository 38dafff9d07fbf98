#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation
import RuleAtlasCatalog
import RuleAtlasModel

/// Builds `IndexSnapshot`s: a fresh one from the `--rules` roots, or the next generation
/// from a previous snapshot and the files that changed.
///
/// Both paths run the same steps: place files in shards, settle duplicate ids in path
/// order, and for the shards that changed take their old accepted rules out of the
/// aggregates and put their new ones in, touching only the techniques those rules roll up
/// to. A fresh build is the case where every shard changed and there is no previous snapshot.
public struct IndexBuilder: Sendable {
    public var roots: [String]
    public var reader: RuleFileReader
    /// The catalogs the snapshots carry; nil picks the built-in table, which is parsed
    /// only when first needed (a fresh build parses it beside the walk).
    private var chosenAttack: AttackCatalog?
    private var chosenEvents: EventCatalog?

    public var attack: AttackCatalog {
        get { chosenAttack ?? .builtin }
        set { chosenAttack = newValue }
    }

    public var events: EventCatalog {
        get { chosenEvents ?? .builtin }
        set { chosenEvents = newValue }
    }

    public init(roots: [String], reader: RuleFileReader = .standard, attack: AttackCatalog? = nil, events: EventCatalog? = nil) {
        self.roots = roots
        self.reader = reader
        chosenAttack = attack
        chosenEvents = events
    }

    /// Scans every root, reads every candidate file in parallel, and builds `generation`.
    ///
    /// Reading starts while the walk goes on: candidates go to the other cores in small
    /// batches as they are found. The built-in tables are parsed first, beside the walk:
    /// the event linker's (a parser would otherwise wait for them) and, when the snapshot
    /// is to carry them, the built-in ATT&CK and event catalogs.
    public func build(generation: Int = 1) -> IndexSnapshot {
        let reads = PipelinedReads(reader: reader)
        reads.queue.async(group: reads.group) { _ = EventLinker.builtin }
        if chosenAttack == nil { reads.queue.async(group: reads.group) { _ = AttackCatalog.builtin } }
        if chosenEvents == nil { reads.queue.async(group: reads.group) { _ = EventCatalog.builtin } }
        let scan = CorpusScanner().scan(roots: roots) { reads.add($0) }
        reads.flush()
        var shards = ShardSet()
        // A path reached twice (overlapping roots) was read twice: one copy stays.
        for f in reads.wait() { shards.shards[ShardSet.shardIndex(of: f.file.path)].files[f.file.path] = f }
        return assemble(shards, scanDiagnostics: scan.diagnostics, generation: generation)
    }

    /// Builds from files already read (tests, the built-in sample corpus).
    public func build(files: [IndexedFile], generation: Int = 1) -> IndexSnapshot {
        var shards = ShardSet()
        for f in files { shards.shards[ShardSet.shardIndex(of: f.path)].files[f.path] = ShardFile(f) }
        return assemble(shards, scanDiagnostics: [], generation: generation)
    }

    /// Re-reads `paths` (changed, created or deleted files) and returns generation + 1.
    public func update(_ previous: IndexSnapshot, changed paths: [String]) -> IndexSnapshot {
        let list = Array(Set(paths))
        let read = readCurrent(list)
        var replacements: [String: IndexedFile?] = [:]
        for (i, p) in list.enumerated() { replacements[p] = read[i] }
        return apply(previous, files: replacements)
    }

    /// Replaces files by path (`nil` deletes) and returns generation + 1, at a cost that
    /// follows the change, not the corpus (`applyIncrementally`).
    public func apply(_ previous: IndexSnapshot, files: [String: IndexedFile?]) -> IndexSnapshot {
        applyIncrementally(previous, files: files)
    }

    /// A snapshot of every shard from scratch: duplicate ids settled across all files, the
    /// corpus aggregate made (its two halves on two cores) while the third job makes the
    /// rule lookups, the technique entries and the diagnostics. The technique aggregates
    /// are left to `IndexSnapshot.makeTechniqueAggregates` or to the first query that needs
    /// each. One-file updates take `applyIncrementally` instead.
    private func assemble(_ input: ShardSet, scanDiagnostics: [Diagnostic], generation: Int) -> IndexSnapshot {
        var shards = input
        let ordered = shards.filesInPathOrder
        let settled = DuplicateResolver.settle(ordered)
        for s in 0..<ShardSet.count { shards.shards[s].losers = settled.losers[s] ?? [] }
        let counted = RuleTable(files: ordered, shards: shards, withLookups: false)
        let rules = counted.rules
        let (corpus, rest) = both({ SlicedAggregate.made(from: rules) }) {
            var table = counted
            table.makeLookups()
            var diagnostics = scanDiagnostics
            for f in ordered { diagnostics.append(contentsOf: f.file.diagnostics) }
            diagnostics.append(contentsOf: settled.diagnostics)
            return (table: table, techniques: Merger.entries(of: rules), diagnostics: diagnostics)
        }
        return IndexSnapshot(
            generation: generation, roots: roots, shards: shards, files: ordered, table: rest.table, sites: nil, delta: nil,
            techniques: rest.techniques, corpus: corpus, diagnostics: rest.diagnostics,
            scanDiagnostics: scanDiagnostics, attack: attack, events: events
        )
    }
}

/// Files read on the global queue in batches handed over by the walk.
private final class PipelinedReads: @unchecked Sendable {
    static let batchSize = 24

    let reader: RuleFileReader
    let queue = DispatchQueue.global()
    let group = DispatchGroup()
    /// Walk thread only.
    private var batch: [String] = []
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var read: [ShardFile] = []

    init(reader: RuleFileReader) { self.reader = reader }

    /// Walk thread: queues `path`, starting a batch when one is full.
    func add(_ path: String) {
        batch.append(path)
        if batch.count >= Self.batchSize { flush() }
    }

    /// Walk thread: starts the batch so far.
    func flush() {
        guard !batch.isEmpty else { return }
        let paths = batch
        batch = []
        queue.async(group: group) { [self] in
            let files = paths.map { ShardFile(reader.read(path: $0)) }
            lock.lock()
            read.append(contentsOf: files)
            lock.unlock()
        }
    }

    /// Every file read, once all batches are done.
    func wait() -> [ShardFile] {
        group.wait()
        lock.lock()
        defer { lock.unlock() }
        return read
    }
}
