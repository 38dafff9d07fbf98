import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasModel

/// `indicators.rank`: (field, op, value) indicators ranked by rules, reach or specificity
/// (always descending); without `technique`, `rulesHere` counts the whole corpus.
public enum IndicatorsRank: RPCRequestType {
    public static let method = "indicators.rank"
    public typealias Result = ListResult<Item>

    /// Which predicates count: positive ones or exclusions.
    public enum PolarityFilter: String, CaseIterable, Sendable {
        case positive, exclusion
    }

    public enum Sort: String, CaseIterable, Sendable {
        case rules, reach, specificity
    }

    public struct Params: RPCParams, Equatable {
        public static let names = ["technique", "field", "op", "polarity", "sort"] + RuleFilter.names + Paging.names
        public var technique: TechniqueID?
        public var field: String?
        public var op: Op?
        /// Default `positive`.
        public var polarity: PolarityFilter
        /// Default `rules`.
        public var sort: Sort
        public var filter: RuleFilter
        public var paging: Paging

        public init(technique: TechniqueID? = nil, field: String? = nil, op: Op? = nil, polarity: PolarityFilter = .positive,
                    sort: Sort = .rules, filter: RuleFilter = RuleFilter(), paging: Paging = Paging()) {
            self.technique = technique
            self.field = field
            self.op = op
            self.polarity = polarity
            self.sort = sort
            self.filter = filter
            self.paging = paging
        }

        public init(params: JSONObject) throws(RPCError) {
            let r = try ParamReader(params, allowed: Self.names)
            technique = try r.optionalTechniqueID("technique")
            field = try r.optionalString("field")
            op = try r.optionalChoice("op", Op.self)
            polarity = try r.optionalChoice("polarity", PolarityFilter.self) ?? .positive
            sort = try r.optionalChoice("sort", Sort.self) ?? .rules
            filter = try r.ruleFilter()
            paging = try r.paging()
        }
    }

    /// `{field, op, value, rulesHere, corpusReach, specificity}`.
    public struct Item: JSONEncodable, Sendable, Equatable {
        public var field: String
        public var op: Op
        public var value: String?
        public var rulesHere: Int
        public var corpusReach: Int
        /// `rulesHere / corpusReach`.
        public var specificity: Double

        public init(field: String, op: Op, value: String?, rulesHere: Int, corpusReach: Int, specificity: Double) {
            self.field = field
            self.op = op
            self.value = value
            self.rulesHere = rulesHere
            self.corpusReach = corpusReach
            self.specificity = specificity
        }

        public var json: JSON {
            ["field": JSON(field), "op": JSON(op.rawValue), "value": value.json, "rulesHere": JSON(rulesHere),
             "corpusReach": JSON(corpusReach), "specificity": JSON(specificity)]
        }
    }
}
