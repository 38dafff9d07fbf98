import RuleAtlasJSON
import RuleAtlasJSONRPC

/// `rule.get`: one rule in full by its id (1001 when unknown).
public enum RuleGet: RPCRequestType {
    public static let method = "rule.get"
    public typealias Result = RuleDetail

    public struct Params: RPCParams, Equatable {
        public static let names = ["id"]
        public var id: String

        public init(id: String) { self.id = id }

        public init(params: JSONObject) throws(RPCError) {
            let r = try ParamReader(params, allowed: Self.names)
            id = try r.nonEmptyString("id")
        }
    }
}
