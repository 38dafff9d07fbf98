import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasModel

/// `technique.search`: techniques by id prefix (`T1543`, `t15`) or name words.
public enum TechniqueSearch: RPCRequestType {
    public static let method = "technique.search"
    public typealias Result = ListResult<Item>

    public struct Params: RPCParams, Equatable {
        public static let names = ["query"] + Paging.names
        public var query: String
        public var paging: Paging

        public init(query: String, paging: Paging = Paging()) {
            self.query = query
            self.paging = paging
        }

        public init(params: JSONObject) throws(RPCError) {
            let r = try ParamReader(params, allowed: Self.names)
            query = try r.nonEmptyString("query")
            paging = try r.paging()
        }
    }

    /// `{id, name, tactics, ruleCount}`.
    public struct Item: JSONEncodable, Sendable, Equatable {
        public var id: TechniqueID
        public var name: String
        public var tactics: [String]
        public var ruleCount: Int

        public init(id: TechniqueID, name: String, tactics: [String], ruleCount: Int) {
            self.id = id
            self.name = name
            self.tactics = tactics
            self.ruleCount = ruleCount
        }

        public var json: JSON {
            ["id": JSON(id.rawValue), "name": JSON(name), "tactics": JSON(strings: tactics), "ruleCount": JSON(ruleCount)]
        }
    }
}
