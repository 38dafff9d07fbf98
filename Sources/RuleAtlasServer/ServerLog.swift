/// Where the server's log lines go; the daemon points it at the process logger.
///
/// The server logs connection open and close at info and never one line per request
/// above debug.
public struct ServerLog: Sendable {
    public enum Level: Int, Sendable, Comparable {
        case debug, info, warning, error
        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    /// Receives the level, the message and the fields in order.
    public var emit: @Sendable (Level, String, [(String, String)]) -> Void

    public init(emit: @escaping @Sendable (Level, String, [(String, String)]) -> Void) { self.emit = emit }

    /// Drops everything (tests that do not look at logs).
    public static let silent = ServerLog { _, _, _ in }

    func debug(_ message: String, _ fields: (String, String)...) { emit(.debug, message, fields) }
    func info(_ message: String, _ fields: (String, String)...) { emit(.info, message, fields) }
    func warning(_ message: String, _ fields: (String, String)...) { emit(.warning, message, fields) }
    func error(_ message: String, _ fields: (String, String)...) { emit(.error, message, fields) }
}
