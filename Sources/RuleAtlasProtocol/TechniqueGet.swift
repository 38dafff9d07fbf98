import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasModel

/// `technique.get`: everything the corpora know about one technique. `limit` applies to
/// `fields`, `indicators` and `exclusions` (full sizes in the `distinct*` counts);
/// `rulesByVendor` lists every rule and `events` every event. A well-formed id with no
/// rules and unknown to the catalog is 1001.
public enum TechniqueGet: RPCRequestType {
    public static let method = "technique.get"

    public struct Params: RPCParams, Equatable {
        public static let names = ["id"] + RuleFilter.names + ["limit"]
        public var id: TechniqueID
        public var filter: RuleFilter
        public var limit: Int

        public init(id: TechniqueID, filter: RuleFilter = RuleFilter(), limit: Int = Paging.defaultLimit) {
            self.id = id
            self.filter = filter
            self.limit = limit
        }

        public init(params: JSONObject) throws(RPCError) {
            let r = try ParamReader(params, allowed: Self.names)
            id = try r.techniqueID("id")
            filter = try r.ruleFilter()
            limit = try r.paging(withOffset: false).limit
        }
    }

    public struct Result: JSONEncodable, Sendable, Equatable {
        public var technique: TechniqueInfo
        public var ruleCount: Int
        /// Every rule, per vendor (only vendors with rules appear).
        public var rulesByVendor: [Vendor: [RuleRef]]
        public var events: [EventItem]
        public var fields: [FieldItem]
        public var indicators: [IndicatorItem]
        public var exclusions: [ExclusionItem]
        public var distinctFields: Int
        public var distinctIndicators: Int
        public var distinctExclusions: Int

        public init(technique: TechniqueInfo, ruleCount: Int, rulesByVendor: [Vendor: [RuleRef]], events: [EventItem],
                    fields: [FieldItem], indicators: [IndicatorItem], exclusions: [ExclusionItem],
                    distinctFields: Int, distinctIndicators: Int, distinctExclusions: Int) {
            self.technique = technique
            self.ruleCount = ruleCount
            self.rulesByVendor = rulesByVendor
            self.events = events
            self.fields = fields
            self.indicators = indicators
            self.exclusions = exclusions
            self.distinctFields = distinctFields
            self.distinctIndicators = distinctIndicators
            self.distinctExclusions = distinctExclusions
        }

        public var json: JSON {
            let byVendor = JSONObject(rulesByVendor.sorted { $0.key < $1.key }.map { ($0.key.rawValue, $0.value.json) })
            return [
                "technique": technique.json, "ruleCount": JSON(ruleCount), "rulesByVendor": .object(byVendor),
                "events": events.json, "fields": fields.json, "indicators": indicators.json, "exclusions": exclusions.json,
                "distinctFields": JSON(distinctFields), "distinctIndicators": JSON(distinctIndicators),
                "distinctExclusions": JSON(distinctExclusions),
            ]
        }
    }
}
