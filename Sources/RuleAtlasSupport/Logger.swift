#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes logfmt lines, `ts=2026-12-04T20:48:21.123Z level=info msg="listening" path=/run/x.sock`,
/// one `write(2)` per line (to stderr unless a sink is given). Lines below `level` are
/// dropped before anything is formatted.
public struct Logger: Sendable {
    public let level: LogLevel
    private let sink: @Sendable (String) -> Void
    private let clock: @Sendable () -> String

    /// `sink` receives each line with its trailing newline; `clock` gives the `ts` value.
    public init(level: LogLevel = .info, sink: (@Sendable (String) -> Void)? = nil, clock: (@Sendable () -> String)? = nil) {
        self.level = level
        self.sink = sink ?? Logger.writeToStderr
        self.clock = clock ?? Logger.utcTimestamp
    }

    public func isEnabled(_ l: LogLevel) -> Bool { l >= level }

    public func log(_ l: LogLevel, _ message: @autoclosure () -> String, _ fields: KeyValuePairs<String, Any> = [:]) {
        guard l >= level else { return }
        sink(LogFormat.line(ts: clock(), level: l, message: message(), fields: fields.map { ($0.key, "\($0.value)") }))
    }

    public func debug(_ message: @autoclosure () -> String, _ fields: KeyValuePairs<String, Any> = [:]) { log(.debug, message(), fields) }
    public func info(_ message: @autoclosure () -> String, _ fields: KeyValuePairs<String, Any> = [:]) { log(.info, message(), fields) }
    public func warn(_ message: @autoclosure () -> String, _ fields: KeyValuePairs<String, Any> = [:]) { log(.warn, message(), fields) }
    public func error(_ message: @autoclosure () -> String, _ fields: KeyValuePairs<String, Any> = [:]) { log(.error, message(), fields) }

    /// The logger an executable builds from its `--log-level` option (default info).
    public static func fromArguments(_ args: ParsedArguments, option: String = "log-level") throws(ArgumentError) -> Logger {
        let level = try args.value(option, expected: "one of debug, info, warn, error") { LogLevel(name: $0) }
        return Logger(level: level ?? .info)
    }

    @Sendable static func writeToStderr(_ line: String) {
        var line = line
        line.withUTF8 { buf in
            guard let base = buf.baseAddress else { return }
            var offset = 0
            while offset < buf.count {
                let n = write(2, base + offset, buf.count - offset)
                if n < 0, errno == EINTR { continue }
                if n <= 0 { return }
                offset += n
            }
        }
    }

    /// Current UTC time as `YYYY-MM-DDTHH:MM:SS.mmmZ`.
    @Sendable public static func utcTimestamp() -> String {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        var t = time_t(ts.tv_sec)
        var parts = tm()
        gmtime_r(&t, &parts)
        func pad(_ v: Int32, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)).\(pad(Int32(ts.tv_nsec / 1_000_000), 3))Z"
    }
}
