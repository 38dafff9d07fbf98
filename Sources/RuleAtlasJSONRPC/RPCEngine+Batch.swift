import RuleAtlasJSON

extension RPCEngine {
    /// Runs a batch in order. Empty: one -32600. Over `maxBatchItems`: one -32001 with
    /// `data.limit` "batch". Once the responses reach `maxBatchResponseBytes`, the response
    /// that crossed the budget and every later request answer -32003 without running
    /// (notifications still run). Only notifications: nothing is sent.
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
        var answered = 0
        var budgetSpent = false
        for item in items {
            guard case .object(let request) = item else {
                append(.error(.null, .invalidRequest("a batch item must be an object")), &answered, batchStart, &budgetSpent, &out)
                continue
            }
            let outcome: Outcome?
            switch validate(request) {
            case .invalid(let o):
                requestCount &+= 1
                outcome = o
            case .call(let id?, _, _) where budgetSpent:
                requestCount &+= 1
                outcome = .error(id, .budgetSpent)
            case .call(let id, let method, let params):
                outcome = run(id: id, method: method, params: params, context: context)
            }
            if let outcome { append(outcome, &answered, batchStart, &budgetSpent, &out) }
        }
        guard answered > 0 else {
            out.removeSubrange(batchStart...)
            return false
        }
        out.append(UInt8(ascii: "]"))
        return true
    }

    /// Appends one batch response, swapping it for -32003 when it would cross the budget.
    private func append(_ outcome: Outcome, _ answered: inout Int, _ batchStart: Int, _ budgetSpent: inout Bool, _ out: inout [UInt8]) {
        let mark = out.count
        if answered > 0 { out.append(UInt8(ascii: ",")) }
        outcome.write(into: &out)
        answered += 1
        guard out.count - batchStart > limits.maxBatchResponseBytes else { return }
        budgetSpent = true
        guard case .result(let id, _) = outcome else { return }
        out.removeSubrange(mark...)
        if answered > 1 { out.append(UInt8(ascii: ",")) }
        Self.writeError(.budgetSpent, id: id, into: &out)
    }
}
