import RuleAtlasJSON

/// `server.ping`: liveness check; answers `"pong"`.
public enum ServerPing: RPCRequestType {
    public static let method = "server.ping"
    public typealias Params = NoParams
    public typealias Result = String

    public static let pong = "pong"
}
