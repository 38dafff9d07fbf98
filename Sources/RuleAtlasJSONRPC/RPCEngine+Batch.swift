import RuleAtlasJSON

extension RPCEngine {
    /// Runs a batch in order. Empty: one -32600. Over `maxBatchItems`: one -32001 with
    /// `data.limit` "batch". Once the responses reach `maxBatchResponseBytes`, the response
    /// that crossed the budget and every later request answer -32003 without running
    /// (notifications still run). Only notifications: nothing is sent.
    ///
    /// A batch with a deferred request still gets one reply, in request order: nothing is
    /// written now, and the whole array goes out through the context's sink once the last
    /// deferred item completes. Requests after a deferred one run before its size is
    /// known; the budget is applied to the finished array, so a result that crosses it and
    /// every later result become -32003 (errors are kept).
    func handleBatch(_ items: [JSON], context: RPCConnectionContext, into out: inout [UInt8]) -> Bool {
        if items.isEmpty {
            Self.writeError(.invalidRequest("empty batch"), id: .null, into: &out)
            return true
        }
        if items.count > limits.maxBatchItems {
            Self.writeError(.overloaded(limit: "batch"), id: .null, into: &out)
            return true
        }
        let batchStart = out.count
        out.append(UInt8(ascii: "["))
        var writer = BatchWriter(start: batchStart, budget: limits.maxBatchResponseBytes)
        var answers: [Answer] = []
        var waiting = 0
        for item in items {
            guard case .object(let request) = item else {
                let o = Outcome.error(.null, .invalidRequest("a batch item must be an object"))
                answers.append(.now(o))
                writer.append(o, &out)
                continue
            }
            let answer: Answer?
            switch validate(request) {
            case .invalid(let o):
                requestCount &+= 1
                answer = .now(o)
            case .call(let id?, _, _) where writer.budgetSpent:
                requestCount &+= 1
                answer = .now(.error(id, .budgetSpent))
            case .call(let id, let method, let params):
                answer = run(id: id, method: method, params: params, context: context)
            }
            guard let answer else { continue }
            answers.append(answer)
            if let o = answer.known { writer.append(o, &out) } else { waiting += 1 }
        }
        if waiting > 0 {
            out.removeSubrange(batchStart...)
            BatchAssembly(answers, waiting: waiting, budget: limits.maxBatchResponseBytes, context: context).arm()
            return false
        }
        guard writer.answered > 0 else {
            out.removeSubrange(batchStart...)
            return false
        }
        out.append(UInt8(ascii: "]"))
        return true
    }
}

/// Appends batch responses after `[`, swapping a result for -32003 once the budget is spent.
struct BatchWriter {
    let start: Int
    let budget: Int
    private(set) var answered = 0
    private(set) var budgetSpent = false

    init(start: Int, budget: Int) {
        self.start = start
        self.budget = budget
    }

    /// Appends one response; the one that crosses the budget, if a result, becomes -32003.
    mutating func append(_ outcome: RPCEngine.Outcome, _ out: inout [UInt8]) {
        let mark = out.count
        if answered > 0 { out.append(UInt8(ascii: ",")) }
        outcome.write(into: &out)
        answered += 1
        guard out.count - start > budget else { return }
        budgetSpent = true
        guard case .result(let id, _) = outcome else { return }
        out.removeSubrange(mark...)
        if answered > 1 { out.append(UInt8(ascii: ",")) }
        RPCEngine.writeError(.budgetSpent, id: id, into: &out)
    }
}

/// A batch waiting for its deferred items: fills their slots as they complete and sends
/// the whole array, in request order, when the last one does.
final class BatchAssembly {
    private var outcomes: [RPCEngine.Outcome?]
    private var waiting: Int
    private let budget: Int
    private var replies: [(Int, RPCDeferredReply)]
    private weak var context: RPCConnectionContext?

    init(_ answers: [RPCEngine.Answer], waiting: Int, budget: Int, context: RPCConnectionContext) {
        outcomes = answers.map(\.known)
        replies = answers.enumerated().compactMap { i, a in
            if case .later(let reply) = a, a.known == nil { return (i, reply) }
            return nil
        }
        self.waiting = waiting
        self.budget = budget
        self.context = context
    }

    /// Hands every waiting slot to its reply; from then on only the replies keep the
    /// assembly alive (a reply never completed frees it with the reply).
    func arm() {
        let armed = replies
        replies = []
        for (slot, reply) in armed {
            reply.whenDone { outcome in self.fill(slot, outcome) }
        }
    }

    private func fill(_ slot: Int, _ outcome: RPCEngine.Outcome) {
        guard outcomes[slot] == nil else { return }
        outcomes[slot] = outcome
        waiting -= 1
        guard waiting == 0, let sink = context?.deferredReplySink else { return }
        var out: [UInt8] = [UInt8(ascii: "[")]
        var writer = BatchWriter(start: 0, budget: budget)
        for case let o? in outcomes {
            if writer.budgetSpent, case .result(let id, _) = o {
                writer.append(.error(id, .budgetSpent), &out)
            } else {
                writer.append(o, &out)
            }
        }
        out.append(UInt8(ascii: "]"))
        sink(out)
    }
}
