import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasModel

/// `rules.search`: rules by title text, technique and field; `{total, items}` of `RuleSummary`.
public enum RulesSearch: RPCRequestType {
    public static let method = "rules.search"
    public typealias Result = ListResult<RuleSummary>

    public struct Params: RPCParams, Equatable {
        public static let names = ["text", "technique", "field"] + RuleFilter.names + Paging.names
        /// Words that must all occur in the title (case-insensitive).
        public var text: String?
        public var technique: TechniqueID?
        /// A canonical field some predicate of the rule uses.
        public var field: String?
        public var filter: RuleFilter
        public var paging: Paging

        public init(text: String? = nil, technique: TechniqueID? = nil, field: String? = nil,
                    filter: RuleFilter = RuleFilter(), paging: Paging = Paging()) {
            self.text = text
            self.technique = technique
            self.field = field
            self.filter = filter
            self.paging = paging
        }

        public init(params: JSONObject) throws(RPCError) {
            let r = try ParamReader(params, allowed: Self.names)
            text = try r.optionalString("text")
            technique = try r.optionalTechniqueID("technique")
            field = try r.optionalString("field")
            filter = try r.ruleFilter()
            paging = try r.paging()
        }
    }
}
