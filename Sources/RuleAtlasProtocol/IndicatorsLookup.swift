import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasModel

/// `indicators.lookup`: where one (field, value) indicator is used: its corpus reach, the
/// techniques whose rules use it, and those rules (paged).
public enum IndicatorsLookup: RPCRequestType {
    public static let method = "indicators.lookup"

    public struct Params: RPCParams, Equatable {
        public static let names = ["field", "value", "op"] + RuleFilter.names + Paging.names
        public var field: String
        public var value: String
        public var op: Op?
        public var filter: RuleFilter
        /// Applies to `rules.items`.
        public var paging: Paging

        public init(field: String, value: String, op: Op? = nil, filter: RuleFilter = RuleFilter(), paging: Paging = Paging()) {
            self.field = field
            self.value = value
            self.op = op
            self.filter = filter
            self.paging = paging
        }

        public init(params: JSONObject) throws(RPCError) {
            let r = try ParamReader(params, allowed: Self.names)
            field = try r.nonEmptyString("field")
            value = try r.string("value")
            op = try r.optionalChoice("op", Op.self)
            filter = try r.ruleFilter()
            paging = try r.paging()
        }
    }

    /// `{corpusReach, techniques [{id, rules}], rules {total, items}}`.
    public struct Result: JSONEncodable, Sendable, Equatable {
        public var corpusReach: Int
        public var techniques: [TechniqueRuleCount]
        public var rules: ListResult<RuleSummary>

        public init(corpusReach: Int, techniques: [TechniqueRuleCount], rules: ListResult<RuleSummary>) {
            self.corpusReach = corpusReach
            self.techniques = techniques
            self.rules = rules
        }

        public var json: JSON {
            ["corpusReach": JSON(corpusReach), "techniques": techniques.json, "rules": rules.json]
        }
    }
}
