import RuleAtlasJSON

/// A request or notification as a client writes it.
public struct RPCRequest: Sendable, Equatable {
    /// nil for a notification.
    public var id: RPCID?
    public var method: String
    /// nil omits `params`.
    public var params: JSONObject?

    public init(id: RPCID?, method: String, params: JSONObject? = nil) {
        self.id = id
        self.method = method
        self.params = params
    }

    /// `{"jsonrpc":"2.0","id":..,"method":..,"params":..}` appended to `out`.
    public func write(into out: inout [UInt8]) {
        StaticBytes.append("{\"jsonrpc\":\"2.0\"", to: &out)
        if let id {
            StaticBytes.append(",\"id\":", to: &out)
            id.write(into: &out)
        }
        StaticBytes.append(",\"method\":", to: &out)
        JSONStringEscaper.append(method, to: &out)
        if let params {
            StaticBytes.append(",\"params\":", to: &out)
            JSON.object(params).write(into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    public func serialized() -> [UInt8] {
        var out: [UInt8] = []
        write(into: &out)
        return out
    }
}
