import RuleAtlasJSON

/// A response as a client reads it: the echoed id and a result or an error.
public struct RPCResponse: Sendable, Equatable {
    public var id: RPCID
    public var outcome: Result<JSON, RPCError>

    public init(id: RPCID, outcome: Result<JSON, RPCError>) {
        self.id = id
        self.outcome = outcome
    }

    /// Reads a response object; nil when `json` is not a JSON-RPC 2.0 response.
    public init?(json: JSON) {
        guard case .object(let o) = json, case .string("2.0")? = o["jsonrpc"],
            let rawID = o["id"], let id = RPCID(rawID) else { return nil }
        if let result = o["result"], o["error"] == nil {
            self.init(id: id, outcome: .success(result))
        } else if let e = o["error"], o["result"] == nil, let error = RPCError(json: e) {
            self.init(id: id, outcome: .failure(error))
        } else {
            return nil
        }
    }

    /// The result, or the error thrown.
    public func get() throws(RPCError) -> JSON { try outcome.get() }
}
