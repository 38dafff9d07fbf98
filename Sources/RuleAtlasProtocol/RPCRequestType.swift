import RuleAtlasJSON
import RuleAtlasJSONRPC

/// A method's params: decoded from the request's params object. Missing required params
/// and wrong JSON types throw -32602; well-typed nonsense throws 1002 with `data.hint`.
public protocol RPCParams: Sendable {
    /// Every param name the method accepts, in documentation order (checked against
    /// `proto-docs/openrpc.json`; names outside this list are -32602).
    static var names: [String] { get }
    init(params: JSONObject) throws(RPCError)
}

/// A value with a JSON form (method results and their parts).
public protocol JSONEncodable {
    var json: JSON { get }
}

/// One JSON-RPC method: its wire name, params and result. One file per method.
public protocol RPCRequestType: Sendable {
    associatedtype Params: RPCParams
    associatedtype Result: JSONEncodable
    static var method: String { get }
}

extension RPCRequestType {
    /// Registers a typed handler: params are decoded before it runs, its result encoded after.
    public static func register(on engine: RPCEngine, _ handler: @escaping (Params, RPCConnectionContext) throws(RPCError) -> Result) {
        engine.register(method) { params, context throws(RPCError) in
            try handler(Params(params: params), context).json
        }
    }

    /// The request a client sends for `params` (a JSON object of the method's params).
    public static func request(id: RPCID, params: JSONObject = [:]) -> RPCRequest {
        RPCRequest(id: id, method: method, params: params.isEmpty ? nil : params)
    }
}

/// Params of methods that take none (any name given is -32602).
public struct NoParams: RPCParams, Equatable {
    public static let names: [String] = []
    public init() {}
    public init(params: JSONObject) throws(RPCError) {
        _ = try ParamReader(params, allowed: Self.names)
    }
}
