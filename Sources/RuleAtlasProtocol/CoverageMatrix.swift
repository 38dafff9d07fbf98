import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasModel

/// `coverage.matrix`: every technique with a rule (every catalog technique with `all`),
/// with rule counts per vendor; sorted by id.
public enum CoverageMatrix: RPCRequestType {
    public static let method = "coverage.matrix"
    public typealias Result = ListResult<Item>

    public struct Params: RPCParams, Equatable {
        public static let names = RuleFilter.names + ["all"] + Paging.names
        public var filter: RuleFilter
        public var all: Bool
        public var paging: Paging

        public init(filter: RuleFilter = RuleFilter(), all: Bool = false, paging: Paging = Paging()) {
            self.filter = filter
            self.all = all
            self.paging = paging
        }

        public init(params: JSONObject) throws(RPCError) {
            let r = try ParamReader(params, allowed: Self.names)
            filter = try r.ruleFilter()
            all = try r.optionalBool("all") ?? false
            paging = try r.paging()
        }
    }

    /// `{id, name, tactics, rules {vendor: n}, total}`.
    public struct Item: JSONEncodable, Sendable, Equatable {
        public var id: TechniqueID
        public var name: String
        public var tactics: [String]
        public var rules: [Vendor: Int]
        public var total: Int

        public init(id: TechniqueID, name: String, tactics: [String], rules: [Vendor: Int], total: Int) {
            self.id = id
            self.name = name
            self.tactics = tactics
            self.rules = rules
            self.total = total
        }

        public var json: JSON {
            ["id": JSON(id.rawValue), "name": JSON(name), "tactics": JSON(strings: tactics),
             "rules": .object(JSONObject(rules.sorted { $0.key < $1.key }.map { ($0.key.rawValue, JSON($0.value)) })),
             "total": JSON(total)]
        }
    }
}
