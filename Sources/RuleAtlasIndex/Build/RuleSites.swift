import RuleAtlasModel

/// Every place each rule id (per vendor) is defined, in path order then document order:
/// the first site counts, the others are duplicates (`DuplicateResolver`'s rule), kept so
/// an update settles only the ids its files define.
struct RuleSites: Sendable {
    var byKey: [RuleKey: [RuleSite]] = [:]

    /// The sites of every rule of `files` (in path order).
    init(files: [ShardFile]) {
        for f in files {
            for (i, r) in f.rules.enumerated() { byKey[r.key, default: []].append(RuleSite(path: f.file.path, index: i)) }
        }
    }

    subscript(key: RuleKey) -> [RuleSite] { byKey[key] ?? [] }

    mutating func remove(_ site: RuleSite, of key: RuleKey) {
        guard var list = byKey[key], let at = list.firstIndex(of: site) else { return }
        list.remove(at: at)
        byKey[key] = list.isEmpty ? nil : list
    }

    mutating func insert(_ site: RuleSite, of key: RuleKey) {
        var list = byKey[key] ?? []
        let at = list.firstIndex { Self.precedes(site, $0) } ?? list.count
        list.insert(site, at: at)
        byKey[key] = list
    }

    static func precedes(_ a: RuleSite, _ b: RuleSite) -> Bool {
        a.path != b.path ? a.path < b.path : a.index < b.index
    }

    /// The duplicate-id warnings, in path order of the ignored rules (as a full build
    /// reports them).
    func duplicateDiagnostics(_ shards: ShardSet) -> [Diagnostic] {
        var found: [(RuleSite, Diagnostic)] = []
        for (key, list) in byKey where list.count > 1 {
            let winner = list[0].path
            for site in list.dropFirst() {
                guard let file = shards.shards[ShardSet.shardIndex(of: site.path)].files[site.path],
                    site.index < file.rules.count else { continue }
                found.append((site, DuplicateResolver.warning(key, firstIn: winner, at: file.rules[site.index].rule.location)))
            }
        }
        found.sort { Self.precedes($0.0, $1.0) }
        return found.map(\.1)
    }
}

/// The counted rules one generation took out and put in, relative to the one before.
struct RuleDelta: Sendable {
    var removed: [IndexedRule]
    var added: [IndexedRule]

    /// `removed` and `added` without the very same objects on both sides.
    init(removed: [IndexedRule], added: [IndexedRule]) {
        let kept = Set(removed.map(ObjectIdentifier.init)).intersection(added.map(ObjectIdentifier.init))
        self.removed = kept.isEmpty ? removed : removed.filter { !kept.contains(ObjectIdentifier($0)) }
        self.added = kept.isEmpty ? added : added.filter { !kept.contains(ObjectIdentifier($0)) }
    }
}
