import RuleAtlasJSON
import RuleAtlasSupport
#if canImport(Glibc)
import Glibc
#endif

/// `ruleatlas watch`: subscribes to `index.changed` and prints each notification as it
/// arrives, one summary line per reload (`--json`: the raw notification, one per line).
///
/// Runs until the daemon goes away (exit 3) or, with `--count N`, after N notifications.
enum WatchCommand: CLICommand {
    static let spec = CommandSpec(
        name: "watch",
        summary: "Print index.changed notifications as the daemon reloads changed rule files.",
        options: [
            OptionSpec("count", valueName: "N", help: "Exit after N notifications (default: run until interrupted)."),
        ],
        discussion: """
        EXAMPLES
          ruleatlas watch
          ruleatlas watch --json --count 1
        """)

    static func run(_ args: ParsedArguments, _ session: CLISession) throws(CLIFailure) -> Int32 {
        let count: Int?
        do { count = try args.int("count") } catch { throw .usage("\(error)") }
        if let count, count < 1 { throw .usage("--count must be 1 or more") }
        let client: DaemonClient
        let subscribed: Result<JSON, DaemonClient.RemoteError>
        do {
            client = try DaemonClient(path: session.socket.path, timeoutMs: session.timeoutMs)
            subscribed = try client.call("index.subscribe", params: nil)
        } catch {
            throw failure(error, session)
        }
        if case .failure(let error) = subscribed { throw .remote(error) }
        StandardError.write("watching \(session.socket.path) for index changes\n")
        var seen = 0
        while count.map({ seen < $0 }) ?? true {
            let message: JSON
            do { message = try client.readMessage(waitForever: true) } catch { throw failure(error, session) }
            guard message["method"]?.stringValue == "index.changed", let params = message["params"] else { continue }
            print(session.json ? message.compactString : render(params))
            fflush(nil)
            seen += 1
        }
        return ExitStatus.success
    }

    private static func failure(_ error: DaemonClient.Failure, _ session: CLISession) -> CLIFailure {
        switch error {
        case .protocolError(let reason): .protocolError(reason)
        case .unreachable(let reason): .unreachable(path: session.socket.path, reason: reason)
        }
    }

    /// `generation 7: 2 files changed (1 added, 0 removed, 1 updated)`, then the paths and
    /// the diagnostics, indented.
    static func render(_ params: JSON) -> String {
        let changed = params["changed"]?.arrayValue ?? []
        func n(_ key: String) -> String { StatusCommand.scalar(params[key]) }
        var lines = [
            "generation \(n("generation")): \(changed.count) file\(changed.count == 1 ? "" : "s") changed "
                + "(\(n("added")) added, \(n("removed")) removed, \(n("updated")) updated)",
        ]
        for path in changed { lines.append("  " + StatusCommand.scalar(path)) }
        for d in params["diagnostics"]?.arrayValue ?? [] {
            lines.append("  \(StatusCommand.scalar(d["severity"])) \(StatusCommand.scalar(d["path"])):\(StatusCommand.scalar(d["line"])):"
                + "\(StatusCommand.scalar(d["column"])): \(StatusCommand.scalar(d["message"]))")
        }
        return lines.joined(separator: "\n")
    }
}
