import RuleAtlasJSON

/// `server.reload`: a full rescan of every `--rules` root (also on `SIGHUP`).
public enum ServerReload: RPCRequestType {
    public static let method = "server.reload"
    public typealias Params = NoParams

    /// `{generation}` after the rescan.
    public struct Result: JSONEncodable, Sendable, Equatable {
        public var generation: Int
        public init(generation: Int) { self.generation = generation }
        public var json: JSON { ["generation": JSON(generation)] }
    }
}
