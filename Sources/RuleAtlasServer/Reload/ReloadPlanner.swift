#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RuleAtlasIndex
import RuleAtlasModel

/// One rebuild, off the loop thread: turns what the watchers saw into the files to read,
/// reads them, keeps the last good version of files that broke, and asks the index for
/// the next generation with only the files that really differ.
///
/// Pure apart from reading the file system; the coordinator runs it on its worker.
public struct ReloadPlanner: Sendable {
    public var builder: IndexBuilder

    public init(builder: IndexBuilder) { self.builder = builder }

    public func run(previous: IndexSnapshot, changes: ReloadChanges) -> ReloadOutcome {
        let started = Self.monotonicMilliseconds()
        var builder = self.builder
        builder.attack = previous.attack
        builder.events = previous.events
        let (list, onDisk) = paths(for: changes, previous: previous)
        var read = builder.readCurrent(list)
        if let onDisk {
            // A file the scan does not list under this name (reached under another through
            // a symbolic link) is not indexed under it.
            for (i, p) in list.enumerated() where !onDisk.contains(p) { read[i] = nil }
        }
        var outcome = ReloadOutcome()
        outcome.full = changes.full
        outcome.filesRead = list.count
        var replacements: [String: IndexedFile?] = [:]
        var before: [RuleKey: Rule] = [:]
        var after: [RuleKey: Rule] = [:]
        for (i, path) in list.enumerated() {
            let old = previous.shards.shards[ShardSet.shardIndex(of: path)].files[path]?.file
            var new = read[i]
            if let fresh = new, let old { new = LastGood.resolve(previous: old, next: fresh) }
            if Self.same(old, new) { continue }
            replacements.updateValue(new, forKey: path)
            outcome.changed.append(path)
            outcome.diagnostics.append(contentsOf: new?.diagnostics ?? [])
            for r in old?.rules ?? [] where before[RuleKey(vendor: r.vendor, id: r.id)] == nil {
                before[RuleKey(vendor: r.vendor, id: r.id)] = r
            }
            for r in new?.rules ?? [] where after[RuleKey(vendor: r.vendor, id: r.id)] == nil {
                after[RuleKey(vendor: r.vendor, id: r.id)] = r
            }
        }
        for (key, rule) in after {
            if let was = before[key] {
                if was != rule { outcome.updated += 1 }
            } else {
                outcome.added += 1
            }
        }
        outcome.removed = before.keys.filter { after[$0] == nil }.count
        if !replacements.isEmpty {
            let next = builder.apply(previous, files: replacements)
            next.carryViews(from: previous)
            next.warmViews(like: previous)
            outcome.snapshot = next
        }
        if changes.full || !changes.directories.isEmpty {
            outcome.directories = DirectoryWalker.directories(under: builder.roots)
        }
        outcome.milliseconds = Self.monotonicMilliseconds() - started
        return outcome
    }

    /// Every path to read again, in path order: the files named; for directory changes,
    /// everything under those directories (on disk now, and indexed before) plus every
    /// file a scan of the roots now lists that the index lacks or the reverse; for a full
    /// rescan, every file on disk and in the index.
    ///
    /// Directory changes scan every root, not only the changed subtree, so the paths are
    /// the ones a fresh start would use even where symbolic links reach a directory twice;
    /// the scan's list comes back too (nil when there was none).
    func paths(for changes: ReloadChanges, previous: IndexSnapshot) -> ([String], Set<String>?) {
        var paths = changes.files
        var scanned: Set<String>?
        if changes.full || !changes.directories.isEmpty {
            let onDisk = Set(CorpusScanner().scan(roots: builder.roots).paths)
            scanned = onDisk
            let indexed = Set(previous.files.map(\.file.path))
            if changes.full {
                paths.formUnion(onDisk)
                paths.formUnion(indexed)
            } else {
                paths.formUnion(onDisk.symmetricDifference(indexed))
                let prefixes = changes.directories.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
                for p in onDisk.union(indexed) where prefixes.contains(where: { p.hasPrefix($0) }) { paths.insert(p) }
            }
        }
        return (paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }, scanned)
    }

    /// True when `a` and `b` index the same (both absent, or same kind, rules and diagnostics).
    static func same(_ a: IndexedFile?, _ b: IndexedFile?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (x?, y?): x.kind == y.kind && x.rules == y.rules && x.diagnostics == y.diagnostics
        default: false
        }
    }

    static func monotonicMilliseconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1e6
    }
}
