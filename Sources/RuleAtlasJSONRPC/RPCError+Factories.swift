import RuleAtlasJSON

/// The codes of API.md, one factory each.
extension RPCError {
    public static let parseErrorCode = -32700
    public static let invalidRequestCode = -32600
    public static let methodNotFoundCode = -32601
    public static let invalidParamsCode = -32602
    public static let internalErrorCode = -32603
    public static let overloadedCode = -32001
    public static let timedOutCode = -32002
    public static let budgetSpentCode = -32003
    public static let cancelledCode = -32800
    public static let notFoundCode = 1001
    public static let badArgumentCode = 1002

    /// -32700: not JSON, invalid UTF-8, nesting too deep, or a framing limit hit.
    public static func parseError(_ detail: String? = nil) -> RPCError {
        RPCError(code: parseErrorCode, message: "Parse error", data: detail.map { ["detail": JSON($0)] })
    }

    /// -32600: valid JSON that is not a request object (or an empty batch, or a bad id).
    public static func invalidRequest(_ detail: String? = nil) -> RPCError {
        RPCError(code: invalidRequestCode, message: "Invalid Request", data: detail.map { ["detail": JSON($0)] })
    }

    /// -32601: no method of that name.
    public static func methodNotFound(_ method: String) -> RPCError {
        RPCError(code: methodNotFoundCode, message: "Method not found", data: ["method": JSON(method)])
    }

    /// -32602: params not an object, a required param missing, or one of the wrong JSON type.
    public static func invalidParams(_ detail: String) -> RPCError {
        RPCError(code: invalidParamsCode, message: "Invalid params", data: ["detail": JSON(detail)])
    }

    /// -32603: a failure inside the server.
    public static func internalError(_ detail: String) -> RPCError {
        RPCError(code: internalErrorCode, message: "Internal error", data: ["detail": JSON(detail)])
    }

    /// -32001: overloaded or a limit hit; `data.limit` names the limit (`batch`, `connections`, ...).
    public static func overloaded(limit: String) -> RPCError {
        RPCError(code: overloadedCode, message: "Server overloaded or limit hit", data: ["limit": JSON(limit)])
    }

    /// -32002: the request took longer than the server allows.
    public static var timedOut: RPCError { RPCError(code: timedOutCode, message: "Request timed out") }

    /// -32003: the batch's response budget is spent; the request was not run.
    public static var budgetSpent: RPCError { RPCError(code: budgetSpentCode, message: "Response budget spent") }

    /// -32800: cancelled by `$/cancelRequest` before it ran.
    public static var cancelled: RPCError { RPCError(code: cancelledCode, message: "Request cancelled") }

    /// 1001: the thing named does not exist (unknown technique, rule, event).
    public static func notFound(_ what: String) -> RPCError {
        RPCError(code: notFoundCode, message: "Not found: \(what)")
    }

    /// 1002: a well-typed argument that makes no sense; `hint` says what would.
    public static func badArgument(_ message: String, hint: String) -> RPCError {
        RPCError(code: badArgumentCode, message: message, data: ["hint": JSON(hint)])
    }

    /// The -32700 a connection sends (id null) before closing on a framing violation.
    public init(_ framingError: FramingError) {
        self = .parseError(framingError.description)
    }

    /// The -32700 for a body the JSON parser rejected.
    public init(_ parseError: JSONParseError) {
        self = .parseError(parseError.description)
    }
}
