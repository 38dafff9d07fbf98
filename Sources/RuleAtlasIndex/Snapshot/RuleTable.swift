import RuleAtlasModel

/// The counted rules of a snapshot (duplicates left out) in path order, with the lookups
/// queries use, laid out so the next generation can be made by splicing the files that
/// changed instead of walking the corpus again.
struct RuleTable: Sendable {
    /// Counted rules in path order, then document order.
    var rules: [IndexedRule] = []
    /// `rules[offsets[i]..<offsets[i + 1]]` are the counted rules of the snapshot's `files[i]`.
    var offsets: [Int] = [0]
    var byKey: [RuleKey: IndexedRule] = [:]
    var byLowerID: [String: [IndexedRule]] = [:]

    init() {}

    /// Every counted rule of `files` (in path order), leaving out the shards' losers, with
    /// the lookups made (`withLookups`) or still empty.
    init(files: [ShardFile], shards: ShardSet, withLookups: Bool = true) {
        var losers = Set<RuleSite>()
        for s in shards.shards { losers.formUnion(s.losers) }
        offsets.reserveCapacity(files.count + 1)
        for f in files {
            for (i, r) in f.rules.enumerated() where losers.isEmpty || !losers.contains(RuleSite(path: f.file.path, index: i)) {
                rules.append(r)
            }
            offsets.append(rules.count)
        }
        if withLookups { makeLookups() }
    }

    /// Fills `byKey` and `byLowerID` from `rules`.
    mutating func makeLookups() {
        byKey.reserveCapacity(rules.count)
        byLowerID.reserveCapacity(rules.count)
        for r in rules {
            byKey[r.key] = r
            byLowerID[r.key.id.lowercasedFast(), default: []].append(r)
        }
    }

    /// The counted rules of file `i`.
    func rules(ofFile i: Int) -> ArraySlice<IndexedRule> { rules[offsets[i]..<offsets[i + 1]] }

    /// Takes `removed` out of the lookups and puts `added` in (rules present in both, the
    /// very same objects, stay as they are).
    mutating func updateLookups(removed: [IndexedRule], added: [IndexedRule]) {
        for r in removed {
            if byKey[r.key] === r { byKey[r.key] = nil }
            let lower = r.key.id.lowercasedFast()
            guard var list = byLowerID[lower], let at = list.firstIndex(where: { $0 === r }) else { continue }
            list.remove(at: at)
            byLowerID[lower] = list.isEmpty ? nil : list
        }
        for r in added {
            byKey[r.key] = r
            byLowerID[r.key.id.lowercasedFast(), default: []].append(r)
        }
    }
}
