import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasProtocol

/// `rpc.discover`, `server.ping` and `server.status`: the methods every daemon has.
public func registerCoreMethods(on engine: RPCEngine, state: ServerState) {
    let discovery = OpenRPCDocument.json
    engine.register("rpc.discover") { _, _ throws(RPCError) in discovery }
    engine.register("server.ping") { _, _ throws(RPCError) in "pong" }
    engine.register("server.status") { [unowned state] _, context throws(RPCError) in
        .object(serverStatus(state, caller: context))
    }
}

/// The `server.status` result: fixed fields first, then each feature's contribution.
func serverStatus(_ state: ServerState, caller: RPCConnectionContext) -> JSONObject {
    var result: JSONObject = [
        "version": .string(state.version),
        "startedAt": .string(state.startedAt),
        "connections": JSON(state.connectionCount),
        "requests": .number(JSONNumber(state.engine?.requestCount ?? 0)),
        "limits": state.options.limits.json,
        "peer": .object([
            "connection": .number(JSONNumber(caller.connectionID)),
            "uid": .number(JSONNumber(UInt64(caller.peerUID))),
            "pid": JSON(Int(caller.peerPID)),
        ]),
    ]
    for contribute in state.statusContributors { contribute(&result) }
    return result
}
