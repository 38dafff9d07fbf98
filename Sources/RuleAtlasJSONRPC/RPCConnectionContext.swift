/// Per-connection state the engine reads and updates: one per connection, used on the
/// loop thread only.
public final class RPCConnectionContext {
    public let connectionID: UInt64
    public let peerUID: UInt32
    public let peerPID: Int32
    /// For server features such as subscriptions.
    public var userInfo: [String: AnyObject] = [:]
    /// Sends one unframed reply that a deferring handler completed after its request
    /// returned (the server frames and queues it). Nil, as after the connection closed,
    /// drops such replies.
    public var deferredReplySink: (([UInt8]) -> Void)?
    /// Deferred requests not answered yet, by id (a cancel answers them -32800 at once).
    private var deferred: [RPCID: RPCDeferredReply] = [:]

    /// Ids named by `$/cancelRequest` that no request has consumed yet, oldest first.
    private var cancelledOrder: [RPCID] = []
    private var cancelled: Set<RPCID> = []

    public init(connectionID: UInt64, peerUID: UInt32, peerPID: Int32) {
        self.connectionID = connectionID
        self.peerUID = peerUID
        self.peerPID = peerPID
    }

    /// Deferred requests of this connection not answered yet.
    public var pendingReplyCount: Int { deferred.count }

    /// Drops every reply still to come: the connection is gone.
    public func connectionClosed() {
        deferredReplySink = nil
        deferred.removeAll()
    }

    func rememberDeferred(_ reply: RPCDeferredReply) {
        if let id = reply.id { deferred[id] = reply }
    }

    func forgetDeferred(_ id: RPCID, _ reply: RPCDeferredReply) {
        if deferred[id] === reply { deferred[id] = nil }
    }

    /// The deferred request with `id` still waiting for its reply, if any.
    func deferredReply(_ id: RPCID) -> RPCDeferredReply? { deferred[id] }

    /// Number of cancellation marks waiting for their request.
    public var pendingCancellationCount: Int { cancelled.count }

    /// Remembers that the request with `id` is cancelled; keeps at most `limit` marks.
    public func markCancelled(_ id: RPCID, limit: Int = 1024) {
        guard cancelled.insert(id).inserted else { return }
        cancelledOrder.append(id)
        if cancelledOrder.count > limit {
            let dropped = cancelledOrder.removeFirst()
            cancelled.remove(dropped)
        }
    }

    /// True (and the mark removed) when `id` was cancelled and not yet run. A server that
    /// defers work calls this right before running a queued request.
    public func takeCancellation(of id: RPCID) -> Bool {
        guard !cancelled.isEmpty, cancelled.remove(id) != nil else { return false }
        if let i = cancelledOrder.firstIndex(of: id) { cancelledOrder.remove(at: i) }
        return true
    }
}
