import RuleAtlasModel

/// A counted rule with what the index derives from it once: its slice, the techniques it
/// rolls up to, its row contributions and its lower-cased search text.
public final class IndexedRule: Sendable {
    public let rule: Rule
    public let key: RuleKey
    public let slice: Int
    /// Its technique ids plus the parent of each sub-technique, deduplicated, in order.
    public let rollup: [TechniqueID]
    let contribution: RuleContribution
    let searchText: String

    public init(_ rule: Rule) {
        self.rule = rule
        key = RuleKey(vendor: rule.vendor, id: rule.id)
        slice = Slice(vendor: rule.vendor, deprecated: rule.deprecated).index
        var seen = Set<TechniqueID>()
        var r: [TechniqueID] = []
        for t in rule.techniques {
            if seen.insert(t).inserted { r.append(t) }
            if let p = t.parent, seen.insert(p).inserted { r.append(p) }
        }
        rollup = r
        contribution = RuleContribution(rule)
        searchText = (rule.title + "\n" + rule.description + "\n" + rule.id).lowercasedFast()
    }
}
