import RuleAtlasJSON

/// What a deferring handler answers: its result now, or `.pending` after keeping its
/// `RPCDeferredReply` to complete later (on the loop thread).
public enum RPCAnswer {
    case result(JSON)
    case pending
}

extension RPCEngine {
    /// A handler that may answer later: it gets the reply token of its request.
    public typealias DeferringHandler = (
        _ params: JSONObject, _ context: RPCConnectionContext, _ reply: RPCDeferredReply
    ) throws(RPCError) -> RPCAnswer

    /// What running one request gave: its outcome, or a reply still to come.
    enum Answer {
        case now(Outcome)
        case later(RPCDeferredReply)

        /// The outcome when it is known already (a reply completed before its handler returned).
        var known: Outcome? {
            switch self {
            case .now(let o): o
            case .later(let reply): reply.earlyOutcome
            }
        }
    }

    func runDeferring(_ handler: DeferringHandler, id: RPCID, params: JSONObject, context: RPCConnectionContext) -> Answer {
        let reply = RPCDeferredReply(id: id, context: context)
        let answer: RPCAnswer
        do throws(RPCError) {
            answer = try handler(params, context, reply)
        } catch {
            reply.fail(error)
            return .now(.error(id, error))
        }
        switch answer {
        case .result(let value):
            reply.complete(value)
            return .now(.result(id, value))
        case .pending:
            if !reply.isCompleted { context.rememberDeferred(reply) }
            return .later(reply)
        }
    }

    /// Writes a single request's answer into `out` (true), or arranges for its deferred
    /// reply to go out through the context's sink when it comes (false: nothing now).
    func write(_ answer: Answer, into out: inout [UInt8]) -> Bool {
        if let outcome = answer.known {
            outcome.write(into: &out)
            return true
        }
        guard case .later(let reply) = answer else { return false }
        reply.whenDone { [weak reply] outcome in
            guard let sink = reply?.context?.deferredReplySink else { return }
            var bytes: [UInt8] = []
            outcome.write(into: &bytes)
            sink(bytes)
        }
        return false
    }

    /// `$/cancelRequest`: a deferred request still waiting answers -32800 now (its late
    /// result is dropped); any other id is marked for a request not run yet.
    func cancel(_ target: RPCID, context: RPCConnectionContext) {
        if let reply = context.deferredReply(target) {
            reply.fail(.cancelled)
        } else {
            context.markCancelled(target, limit: limits.maxPendingCancellations)
        }
    }
}
