import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasProtocol
import RuleAtlasUV

/// What the server knows about itself, owned by the loop thread.
///
/// Feature files register their methods with a `ServerFeature` and keep their own state
/// in `features`; they add to `server.status` with `statusContributors`.
public final class ServerState {
    public let options: ServerOptions
    public let version: String
    /// ISO 8601 UTC time the daemon started.
    public let startedAt: String
    /// Loop thread only: the loop to create timers and mailboxes on.
    public let loop: UVLoop
    /// Set once the engine exists; requests handled so far are `engine.requestCount`.
    public internal(set) weak var engine: RPCEngine?
    /// Connections open now.
    public internal(set) var connectionCount = 0
    /// Connections accepted since start.
    public internal(set) var connectionsAccepted: UInt64 = 0
    /// Per-feature state, keyed by the feature's name.
    public var features: [String: AnyObject] = [:]
    /// Each adds its fields to the `server.status` result, in registration order.
    public var statusContributors: [(inout ServerStatus.Result) -> Void] = []
    /// Runs on the loop thread after `SIGHUP`.
    public var onHangup: [() -> Void] = []
    /// Runs on the loop thread when shutdown starts (close feature handles here).
    public var onShutdown: [() -> Void] = []
    /// Sessions by connection id, for features that push notifications.
    var sessions: [UInt64: ClientSession] = [:]

    init(options: ServerOptions, version: String, startedAt: String, loop: UVLoop) {
        self.options = options
        self.version = version
        self.startedAt = startedAt
        self.loop = loop
    }

    /// Sends a notification (`{"jsonrpc":"2.0","method":..., "params":...}`) to one
    /// connection in its framing; false when that connection is gone.
    @discardableResult
    public func notify(connectionID: UInt64, method: String, params: JSON) -> Bool {
        guard let session = sessions[connectionID] else { return false }
        let message: JSON = .object(["jsonrpc": "2.0", "method": .string(method), "params": params])
        session.send(message.serialized())
        return true
    }
}

/// One feature's method registration: called once at startup, on the loop thread.
public typealias ServerFeature = (_ engine: RPCEngine, _ state: ServerState) -> Void
