import RuleAtlasJSON

extension RPCEngine {
    /// What one request produced: a result or an error, for its id.
    enum Outcome {
        case result(RPCID, JSON)
        case error(RPCID, RPCError)

        func write(into out: inout [UInt8]) {
            switch self {
            case .result(let id, let value): RPCEngine.writeResult(value, id: id, into: &out)
            case .error(let id, let error): RPCEngine.writeError(error, id: id, into: &out)
            }
        }
    }

    /// Appends `{"jsonrpc":"2.0","id":..,"result":..}`.
    public static func writeResult(_ result: JSON, id: RPCID, into out: inout [UInt8]) {
        writeHead(id: id, into: &out)
        StaticBytes.append(",\"result\":", to: &out)
        result.write(into: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// Appends `{"jsonrpc":"2.0","id":..,"error":{..}}`; the daemon uses it with id null
    /// for framing errors before closing a connection.
    public static func writeError(_ error: RPCError, id: RPCID, into out: inout [UInt8]) {
        writeHead(id: id, into: &out)
        StaticBytes.append(",\"error\":", to: &out)
        error.write(into: &out)
        out.append(UInt8(ascii: "}"))
    }

    private static func writeHead(id: RPCID, into out: inout [UInt8]) {
        StaticBytes.append("{\"jsonrpc\":\"2.0\",\"id\":", to: &out)
        id.write(into: &out)
    }

    /// Appends a notification `{"jsonrpc":"2.0","method":..,"params":..}` (server to client).
    public static func writeNotification(method: String, params: JSON, into out: inout [UInt8]) {
        StaticBytes.append("{\"jsonrpc\":\"2.0\",\"method\":", to: &out)
        JSONStringEscaper.append(method, to: &out)
        StaticBytes.append(",\"params\":", to: &out)
        params.write(into: &out)
        out.append(UInt8(ascii: "}"))
    }
}
