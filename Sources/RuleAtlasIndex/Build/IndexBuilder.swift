#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
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
    public var attack: AttackCatalog
    public var events: EventCatalog

    public init(roots: [String], reader: RuleFileReader = .standard, attack: AttackCatalog = .builtin, events: EventCatalog = .builtin) {
        self.roots = roots
        self.reader = reader
        self.attack = attack
        self.events = events
    }

    /// Scans every root, reads every candidate file in parallel, and builds `generation`.
    ///
    /// The built-in event linker's tables (built on first use, which a parser would
    /// otherwise wait for) are built on another core while this one walks the folders.
    public func build(generation: Int = 1) -> IndexSnapshot {
        DispatchQueue.global().async { _ = EventLinker.builtin }
        let scan = CorpusScanner().scan(roots: roots)
        var byShard = Array(repeating: [String](), count: ShardSet.count)
        for p in scan.paths { byShard[ShardSet.shardIndex(of: p)].append(p) }
        let reader = self.reader
        let groups = byShard
        let read = parallelMap(ShardSet.count) { s in groups[s].map { ShardFile(reader.read(path: $0)) } }
        var shards = ShardSet()
        for (s, files) in read.enumerated() {
            for f in files { shards.shards[s].files[f.file.path] = f }
        }
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

    /// A snapshot of every shard from scratch: duplicate ids settled across all files, every
    /// accepted rule merged. One-file updates take `applyIncrementally` instead.
    private func assemble(_ input: ShardSet, scanDiagnostics: [Diagnostic], generation: Int) -> IndexSnapshot {
        var shards = input
        let ordered = shards.filesInPathOrder
        let settled = DuplicateResolver.settle(ordered)
        for s in 0..<ShardSet.count { shards.shards[s].losers = settled.losers[s] ?? [] }
        let merged = Merger.merge(
            previous: [:], previousCorpus: SlicedAggregate(), removing: [],
            adding: shards.shards.flatMap(\.acceptedRules)
        )
        var diagnostics = scanDiagnostics
        for f in ordered { diagnostics.append(contentsOf: f.file.diagnostics) }
        diagnostics.append(contentsOf: settled.diagnostics)
        return IndexSnapshot(
            generation: generation, roots: roots, shards: shards, files: ordered,
            techniques: merged.techniques, corpus: merged.corpus, diagnostics: diagnostics,
            scanDiagnostics: scanDiagnostics, attack: attack, events: events
        )
    }
}
