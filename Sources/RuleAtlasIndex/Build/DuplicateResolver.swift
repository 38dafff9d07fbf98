import RuleAtlasModel

/// Settles duplicate rule ids (per vendor): the first in path order wins, later ones are
/// diagnostics and are not counted.
enum DuplicateResolver {
    struct Settled {
        /// Shard index -> the losing rule sites in it.
        var losers: [Int: Set<RuleSite>] = [:]
        var diagnostics: [Diagnostic] = []
    }

    static func settle(_ ordered: [ShardFile]) -> Settled {
        var out = Settled()
        var first: [RuleKey: String] = [:]
        for f in ordered {
            for (i, r) in f.rules.enumerated() {
                if let winner = first[r.key] {
                    let site = RuleSite(path: f.file.path, index: i)
                    out.losers[ShardSet.shardIndex(of: site.path), default: []].insert(site)
                    out.diagnostics.append(warning(r.key, firstIn: winner, at: r.rule.location))
                } else {
                    first[r.key] = f.file.path
                }
            }
        }
        return out
    }

    /// The warning for a rule ignored because `key` was first defined in `winner`.
    static func warning(_ key: RuleKey, firstIn winner: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, "duplicate \(key.vendor.rawValue) rule id \(key.id), first defined in \(winner); this one is ignored", at: location)
    }
}
