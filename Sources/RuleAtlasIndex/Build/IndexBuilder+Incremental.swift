import RuleAtlasModel

extension IndexBuilder {
    /// The next generation with `changes` applied (`nil` deletes), touching only what the
    /// changed files reach: their shards, the rule ids they define (duplicates settled
    /// again for those ids only), the techniques their rules roll up to, and the counted
    /// rules of the files whose duplicates changed. The file and rule lists are spliced,
    /// not sorted or rebuilt; the result equals a fresh build of the same files.
    func applyIncrementally(_ previous: IndexSnapshot, files changes: [String: IndexedFile?]) -> IndexSnapshot {
        var shards = previous.shards
        var sites = previous.sites ?? RuleSites(files: previous.files)
        var before: [RuleKey: [RuleSite]] = [:]
        let changed = changes.keys.sorted(by: <)
        for path in changed {
            let s = ShardSet.shardIndex(of: path)
            let next = (changes[path] ?? nil).map(ShardFile.init)
            for (i, r) in (shards.shards[s].files[path]?.rules ?? []).enumerated() {
                if before[r.key] == nil { before[r.key] = sites[r.key] }
                sites.remove(RuleSite(path: path, index: i), of: r.key)
            }
            shards.shards[s].files[path] = next
            for (i, r) in (next?.rules ?? []).enumerated() {
                if before[r.key] == nil { before[r.key] = sites[r.key] }
                sites.insert(RuleSite(path: path, index: i), of: r.key)
            }
        }
        // Every site is a loser of at most one id: take all old losers out, then put all new ones in.
        var touched = Set(changed)
        for (_, list) in before {
            for site in list.dropFirst() { shards.shards[ShardSet.shardIndex(of: site.path)].losers.remove(site) }
        }
        for (key, list) in before {
            let now = sites[key]
            for site in now.dropFirst() { shards.shards[ShardSet.shardIndex(of: site.path)].losers.insert(site) }
            for site in Set(list.dropFirst()).symmetricDifference(now.dropFirst()) { touched.insert(site.path) }
        }
        let splice = Splice(previous: previous, shards: shards, touched: touched.sorted(by: <))
        let delta = RuleDelta(removed: splice.removed, added: splice.added)
        var table = splice.table
        table.updateLookups(removed: delta.removed, added: delta.added)
        let merged = Merger.update(
            previous: previous.techniques, previousCorpus: previous.corpus, removing: delta.removed, adding: delta.added)
        var diagnostics = previous.scanDiagnostics
        for f in splice.files { diagnostics.append(contentsOf: f.file.diagnostics) }
        diagnostics.append(contentsOf: sites.duplicateDiagnostics(shards))
        return IndexSnapshot(
            generation: previous.generation + 1, roots: roots, shards: shards, files: splice.files, table: table,
            sites: sites, delta: delta, techniques: merged.techniques, corpus: merged.corpus, diagnostics: diagnostics,
            scanDiagnostics: previous.scanDiagnostics, attack: attack, events: events
        )
    }
}

/// The previous snapshot's files and counted rules with the `touched` paths (sorted)
/// taken out and their current versions put in, runs in between copied as they are.
/// The lookups are the previous ones, still to be updated by the rules that differ.
struct Splice {
    var files: [ShardFile] = []
    var table = RuleTable()
    /// Counted rules of the touched files before and after.
    var removed: [IndexedRule] = []
    var added: [IndexedRule] = []

    init(previous: IndexSnapshot, shards: ShardSet, touched: [String]) {
        let old = previous.files
        let oldTable = previous.table
        table.byKey = oldTable.byKey
        table.byLowerID = oldTable.byLowerID
        files.reserveCapacity(old.count + touched.count)
        table.rules.reserveCapacity(oldTable.rules.count + 16)
        table.offsets.reserveCapacity(old.count + touched.count + 1)
        var i = 0
        for path in touched {
            let k = Self.lowerBound(old, path, from: i)
            copy(old, oldTable, i..<k)
            i = k
            if i < old.count, old[i].file.path == path {
                removed.append(contentsOf: oldTable.rules(ofFile: i))
                i += 1
            }
            let s = shards.shards[ShardSet.shardIndex(of: path)]
            guard let f = s.files[path] else { continue }
            files.append(f)
            for (n, r) in f.rules.enumerated() where s.losers.isEmpty || !s.losers.contains(RuleSite(path: path, index: n)) {
                table.rules.append(r)
                added.append(r)
            }
            table.offsets.append(table.rules.count)
        }
        copy(old, oldTable, i..<old.count)
    }

    private mutating func copy(_ old: [ShardFile], _ oldTable: RuleTable, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        files.append(contentsOf: old[range])
        let shift = table.rules.count - oldTable.offsets[range.lowerBound]
        table.rules.append(contentsOf: oldTable.rules[oldTable.offsets[range.lowerBound]..<oldTable.offsets[range.upperBound]])
        for j in range { table.offsets.append(oldTable.offsets[j + 1] + shift) }
    }

    /// The first index at or after `from` whose path is not before `path`.
    static func lowerBound(_ files: [ShardFile], _ path: String, from: Int) -> Int {
        var lo = from, hi = files.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if files[mid].file.path < path { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
