import RuleAtlasJSON

/// The reply a deferring handler promised when it answered `.pending`: complete it once,
/// on the connection's thread (the loop), when the work is done.
///
/// The engine sends the reply through the connection context's `deferredReplySink`: on
/// its own for a single request, or as part of its batch's one reply once every deferred
/// item of the batch is complete. A reply completed after its connection closed, a second
/// completion, and the completion of a notification's token are dropped.
public final class RPCDeferredReply {
    /// The request's id; nil for a notification (nothing is ever sent for it).
    public let id: RPCID?
    weak var context: RPCConnectionContext?
    /// True once completed (or cancelled by `$/cancelRequest`).
    public private(set) var isCompleted = false
    /// The outcome of a reply completed before the engine said where it goes.
    private(set) var earlyOutcome: RPCEngine.Outcome?
    /// Where the outcome goes once the engine knows (single request or batch slot).
    private var deliver: ((RPCEngine.Outcome) -> Void)?

    init(id: RPCID?, context: RPCConnectionContext) {
        self.id = id
        self.context = context
    }

    /// Answers with `result`.
    public func complete(_ result: JSON) { finish(id.map { .result($0, result) }) }

    /// Answers with `error`.
    public func fail(_ error: RPCError) { finish(id.map { .error($0, error) }) }

    private func finish(_ done: RPCEngine.Outcome?) {
        guard !isCompleted else { return }
        isCompleted = true
        guard let done, let id else { return }
        context?.forgetDeferred(id, self)
        if let deliver {
            self.deliver = nil
            deliver(done)
        } else {
            earlyOutcome = done
        }
    }

    /// Hands the outcome to `deliver` when it comes (at once when it already came).
    func whenDone(_ deliver: @escaping (RPCEngine.Outcome) -> Void) {
        if let earlyOutcome {
            deliver(earlyOutcome)
        } else if !isCompleted {
            self.deliver = deliver
        }
    }
}
