import RuleAtlasModel

/// Everything the Elastic parser reads from one rule file: the vendor-neutral `Rule`
/// plus the Elastic metadata that has no place in it.
public struct ElasticRuleDocument: Sendable {
    public var rule: Rule
    /// `rule.type`: `eql`, `query`, `esql`, `new_terms`, `threshold`, `threat_match`, `machine_learning`.
    public var type: String
    /// `rule.language`: `eql`, `kuery`, `esql`, `lucene`; nil for machine-learning rules.
    public var language: String?
    public var riskScore: Int?
    /// `rule.severity` as written.
    public var severity: String?
    /// `rule.index` patterns, or the `FROM` sources of an ES|QL query.
    public var index: [String]
    /// `metadata.integration` (`endpoint`, `windows`, `aws`).
    public var integrations: [String]
    /// `metadata.maturity`: `production` or `deprecated`.
    public var maturity: String?
    /// `rule.building_block_type` (`default`) for building-block rules.
    public var buildingBlockType: String?
    /// Technique and sub-technique names as the rule's `[[rule.threat]]` entries spell them.
    public var techniqueNames: [TechniqueID: String]
    /// The query text (`rule.query`), if any.
    public var query: String?
    /// EQL event categories of every stage (`process`, `network`).
    public var eqlCategories: [String]
    /// `rule.tags` (`OS: Windows`, `Tactic: Execution`, `Data Source: Sysmon`).
    public var tags: [String] = []
    /// The operating systems the rule is for (`windows`, `linux`, `macos`), from its
    /// `host.os.*` selectors or, when it has none, its `OS:` tags; empty when unknown.
    public var platforms: [String] = []
}
