import RuleAtlasJSON

/// Method registry plus JSON-RPC 2.0 semantics: batches, notifications never answered
/// (not even unknown ones, not even inside batches), ids echoed exactly, `$/cancelRequest`,
/// params as an object (omitted or `[]` mean none, anything else is -32602).
///
/// Handlers run synchronously, in arrival order, on the caller's thread. A deferring
/// handler (`registerDeferring`) may instead answer `.pending` and complete its
/// `RPCDeferredReply` later; the reply then goes out through the context's
/// `deferredReplySink`, matched by id, after replies to later requests. Small requests
/// whose shape is common (`{"jsonrpc":"2.0","id":1,"method":"server.ping"}`) take a
/// byte-level path that builds no JSON tree; everything else is parsed in full.
public final class RPCEngine {
    public typealias Handler = (_ params: JSONObject, _ context: RPCConnectionContext) throws(RPCError) -> JSON

    /// The notification method that cancels a request not yet run (as LSP clients send it).
    public static let cancelMethod = "$/cancelRequest"

    public let limits: RPCLimits
    var handlers: [String: Handler] = [:]
    var deferringHandlers: [String: DeferringHandler] = [:]
    private var names: [String] = []
    /// Requests answered (notifications excluded).
    public internal(set) var requestCount: UInt64 = 0
    /// Off only in tests that compare the byte-level path with the full one.
    var fastPathEnabled = true

    public init(limits: RPCLimits = RPCLimits()) {
        self.limits = limits
    }

    /// Registers (or replaces) the handler for `method`.
    public func register(_ method: String, _ handler: @escaping Handler) {
        let replaced = handlers.updateValue(handler, forKey: method) != nil
        if deferringHandlers.removeValue(forKey: method) == nil, !replaced { names.append(method) }
    }

    /// Registers (or replaces) a handler that may answer later (see `RPCAnswer`).
    public func registerDeferring(_ method: String, _ handler: @escaping DeferringHandler) {
        let replaced = deferringHandlers.updateValue(handler, forKey: method) != nil
        if handlers.removeValue(forKey: method) == nil, !replaced { names.append(method) }
    }

    /// Registered method names in registration order.
    public var methodNames: [String] { names }

    /// Handles one complete message body; appends the response body (unframed JSON) to
    /// `out` and returns true, or returns false when nothing is to be sent.
    public func handle(_ body: ArraySlice<UInt8>, context: RPCConnectionContext, into out: inout [UInt8]) -> Bool {
        if let answered = handleFast(body, context: context, into: &out) { return answered }
        let message: JSON
        do throws(JSONParseError) {
            message = try JSONParser.parse(body)
        } catch {
            Self.writeError(RPCError(error), id: .null, into: &out)
            return true
        }
        switch message {
        case .object(let request):
            guard let answer = process(request, context: context) else { return false }
            return write(answer, into: &out)
        case .array(let items):
            return handleBatch(items, context: context, into: &out)
        default:
            Self.writeError(.invalidRequest("a request must be an object or an array"), id: .null, into: &out)
            return true
        }
    }

    /// A validated request, or the error answering an invalid one.
    enum Validated {
        case call(id: RPCID?, method: String, params: JSON?)
        case invalid(Outcome)
    }

    /// Checks the envelope: `jsonrpc` "2.0", `method` a string, `id` absent or string/number/null.
    func validate(_ request: JSONObject) -> Validated {
        var id: RPCID? = nil
        if let raw = request["id"] {
            guard let parsed = RPCID(raw) else {
                return .invalid(.error(.null, .invalidRequest("id must be a string, a number or null")))
            }
            id = parsed
        }
        guard case .string("2.0")? = request["jsonrpc"] else {
            return .invalid(.error(id ?? .null, .invalidRequest("jsonrpc must be \"2.0\"")))
        }
        guard case .string(let method)? = request["method"] else {
            return .invalid(.error(id ?? .null, .invalidRequest("method must be a string")))
        }
        return .call(id: id, method: method, params: request["params"])
    }

    /// Runs one request object; nil for a notification (never answered).
    func process(_ request: JSONObject, context: RPCConnectionContext) -> Answer? {
        switch validate(request) {
        case .invalid(let outcome):
            requestCount &+= 1
            return .now(outcome)
        case .call(let id, let method, let params):
            return run(id: id, method: method, params: params, context: context)
        }
    }

    func run(id: RPCID?, method: String, params: JSON?, context: RPCConnectionContext) -> Answer? {
        guard let id else {
            runNotification(method: method, params: params, context: context)
            return nil
        }
        requestCount &+= 1
        let object: JSONObject
        switch Self.namedParams(params) {
        case .success(let o): object = o
        case .failure(let e): return .now(.error(id, e))
        }
        if method == Self.cancelMethod {
            switch Self.cancelTarget(object) {
            case .success(let target):
                cancel(target, context: context)
                return .now(.result(id, .null))
            case .failure(let e): return .now(.error(id, e))
            }
        }
        if let handler = handlers[method] {
            if context.takeCancellation(of: id) { return .now(.error(id, .cancelled)) }
            do throws(RPCError) {
                return .now(.result(id, try handler(object, context)))
            } catch {
                return .now(.error(id, error))
            }
        }
        guard let handler = deferringHandlers[method] else { return .now(.error(id, .methodNotFound(method))) }
        if context.takeCancellation(of: id) { return .now(.error(id, .cancelled)) }
        return runDeferring(handler, id: id, params: object, context: context)
    }

    private func runNotification(method: String, params: JSON?, context: RPCConnectionContext) {
        guard case .success(let object) = Self.namedParams(params) else { return }
        if method == Self.cancelMethod {
            if case .success(let target) = Self.cancelTarget(object) { cancel(target, context: context) }
            return
        }
        if let handler = handlers[method] {
            _ = try? handler(object, context)
        } else if let handler = deferringHandlers[method] {
            _ = try? handler(object, context, RPCDeferredReply(id: nil, context: context))
        }
    }

    /// Object params as is; omitted or `[]` as an empty object; anything else -32602.
    static func namedParams(_ params: JSON?) -> Result<JSONObject, RPCError> {
        switch params {
        case nil: .success(JSONObject())
        case .object(let o)?: .success(o)
        case .array(let a)? where a.isEmpty: .success(JSONObject())
        case let other?: .failure(.invalidParams("params must be an object (named params), not \(other.typeName)"))
        }
    }

    static func cancelTarget(_ params: JSONObject) -> Result<RPCID, RPCError> {
        guard let raw = params["id"] else { return .failure(.invalidParams("missing param 'id'")) }
        guard let id = RPCID(raw), id != .null else { return .failure(.invalidParams("'id' must be a string or a number")) }
        return .success(id)
    }
}
