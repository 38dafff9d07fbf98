import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasProtocol

/// `rpc.discover`, `server.ping` and `server.status`: the methods every daemon has.
public func registerCoreMethods(on engine: RPCEngine, state: ServerState) {
    RPCDiscover.register(on: engine)
    ServerPing.register(on: engine) { _, _ throws(RPCError) in ServerPing.pong }
    ServerStatus.register(on: engine) { [unowned state] _, _ throws(RPCError) in serverStatus(state) }
}

/// The `server.status` result: what the server knows, then each feature's contribution.
func serverStatus(_ state: ServerState) -> ServerStatus.Result {
    var result = ServerStatus.Result(
        version: state.version,
        startedAt: state.startedAt,
        connections: state.connectionCount,
        requests: Int(state.engine?.requestCount ?? 0),
        limits: state.options.limits.status)
    for contribute in state.statusContributors { contribute(&result) }
    return result
}
