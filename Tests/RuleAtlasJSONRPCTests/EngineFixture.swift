import RuleAtlasJSON
@testable import RuleAtlasJSONRPC

/// An engine with the methods of the JSON-RPC 2.0 specification's examples (named params),
/// plus helpers that run bodies through it.
final class EngineFixture {
    let engine: RPCEngine
    let context = RPCConnectionContext(connectionID: 1, peerUID: 1000, peerPID: 42)
    var notified: [String] = []
    /// Bytes appended by calls that reported nothing to send (must stay 0).
    var strayBytes = 0

    init(limits: RPCLimits = RPCLimits(), fastPath: Bool = true) {
        engine = RPCEngine(limits: limits)
        engine.fastPathEnabled = fastPath
        engine.register("subtract") { params, _ throws(RPCError) in
            guard let m = params["minuend"]?.intValue, let s = params["subtrahend"]?.intValue else {
                throw .invalidParams("minuend and subtrahend are required integers")
            }
            return JSON(m - s)
        }
        engine.register("sum") { params, _ throws(RPCError) in
            guard let values = params["values"]?.arrayValue else { throw .invalidParams("values") }
            return JSON(values.compactMap(\.intValue).reduce(0, +))
        }
        engine.register("get_data") { _, _ in ["hello", 5] }
        engine.register("server.ping") { _, _ in "pong" }
        engine.register("fail") { _, _ throws(RPCError) in throw .badArgument("no", hint: "try yes") }
        engine.register("echo") { params, _ in .object(params) }
        for name in ["update", "notify_hello", "notify_sum", "note"] {
            engine.register(name) { [unowned self] _, _ in
                self.notified.append(name)
                return .null
            }
        }
    }

    /// The response body for `text`, or nil when nothing is sent.
    func respond(_ text: String) -> [UInt8]? {
        respond(Array(text.utf8))
    }

    func respond(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        let answered = engine.handle(bytes[...], context: context, into: &out)
        guard answered else {
            strayBytes += out.count
            return nil
        }
        return out
    }

    /// The parsed response, or nil when nothing is sent.
    func json(_ text: String) throws -> JSON? {
        guard let bytes = respond(text) else { return nil }
        return try JSONParser.parse(bytes)
    }
}

extension JSON {
    /// The error code of a response object.
    var errorCode: Int? { self["error"]?["code"]?.intValue }
}
