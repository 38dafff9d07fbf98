import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasProtocol

/// An engine with every method of `AllMethods`: each handler decodes its params (the
/// surface under test) and answers not-found, as a daemon with an empty index would.
enum FuzzEngine {
    static func make() -> RPCEngine {
        let engine = RPCEngine()
        for type in AllMethods.list { register(type, on: engine) }
        ServerPing.register(on: engine) { _, _ in ServerPing.pong }
        RPCDiscover.register(on: engine)
        return engine
    }

    private static func register<T: RPCRequestType>(_ type: T.Type, on engine: RPCEngine) {
        engine.register(T.method) { params, _ throws(RPCError) in
            _ = try T.Params(params: params)
            throw .notFound(T.method)
        }
    }
}
