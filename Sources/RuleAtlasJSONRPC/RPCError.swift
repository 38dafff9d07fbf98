import RuleAtlasJSON

/// The one wire error type: a JSON-RPC error object. Layer errors (JSON parse errors,
/// framing errors) map to it here; handlers throw it directly through the factories.
public struct RPCError: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: Int
    public var message: String
    public var data: JSON?

    public init(code: Int, message: String, data: JSON? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    /// `{"code":..,"message":..,"data":..}` appended to `out`.
    public func write(into out: inout [UInt8]) {
        StaticBytes.append("{\"code\":", to: &out)
        StaticBytes.appendDecimal(code, to: &out)
        StaticBytes.append(",\"message\":", to: &out)
        JSONStringEscaper.append(message, to: &out)
        if let data {
            StaticBytes.append(",\"data\":", to: &out)
            data.write(into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    public var json: JSON {
        var o: JSONObject = ["code": JSON(code), "message": JSON(message)]
        if let data { o["data"] = data }
        return .object(o)
    }

    /// Reads an error object; nil when `json` is not one.
    public init?(json: JSON) {
        guard let code = json["code"]?.intValue, let message = json["message"]?.stringValue else { return nil }
        self.init(code: code, message: message, data: json["data"])
    }

    public var description: String {
        data.map { "\(code) \(message) \($0.compactString)" } ?? "\(code) \(message)"
    }
}
