import Foundation
import RuleAtlasJSON
import RuleAtlasTestSupport

/// A real daemon on a temporary rules root, a subscribed connection and a query connection.
final class LiveDaemon {
    let rules: TemporaryRules
    let daemon: DaemonProcess
    let subscriber: SocketClient
    let client: SocketClient
    private var nextID = 1

    init(rules: TemporaryRules, arguments: [String] = [], launcher: [String] = []) throws {
        self.rules = rules
        daemon = try DaemonProcess(["--rules", rules.root, "--debounce-ms", "30"] + arguments, launcher: launcher)
        client = try SocketClient(path: daemon.socketPath)
        subscriber = try SocketClient(path: daemon.socketPath)
        let deadline = Date().addingTimeInterval(20)
        while generation < 1 && Date() < deadline { usleep(10_000) }
        guard generation >= 1 else { throw DaemonError.notAnswering(stderr: daemon.stderrText()) }
        guard subscriber.call("index.subscribe")?["result"] == .bool(true) else { throw DaemonError.notAnswering(stderr: daemon.stderrText()) }
    }

    /// The result of `method`, nil when the call failed (an error, a timeout).
    func result(_ method: String, _ params: String? = nil) -> JSON? {
        nextID += 1
        return client.call(method, id: nextID, params: params)?["result"]
    }

    var status: JSON? { result("server.status") }
    var generation: Int { status?["generation"]?.intValue ?? 0 }

    func ruleCount(_ technique: String) -> Int? {
        result("technique.get", #"{"id":"\#(technique)"}"#)?["ruleCount"]?.intValue
    }

    /// The next `index.changed` params on the subscribed connection, nil on timeout.
    func nextChange(timeout: Double = 10) -> JSON? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            guard let message = subscriber.readJSON(timeout: deadline.timeIntervalSinceNow) else { return nil }
            if message["method"]?.stringValue == "index.changed" { return message["params"] }
        }
        return nil
    }

    /// Waits for changes until `done` holds for the latest one (several saves may be split
    /// over several reloads); returns the notifications seen.
    func changes(timeout: Double = 10, until done: (JSON) -> Bool) -> [JSON] {
        var seen: [JSON] = []
        let deadline = Date().addingTimeInterval(timeout)
        while let change = nextChange(timeout: deadline.timeIntervalSinceNow) {
            seen.append(change)
            if done(change) { break }
        }
        return seen
    }

    /// Waits until nothing is pending and no reload came for `quietMs`.
    func settle(quietMs: Double = 300, timeout: Double = 20) {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if nextChange(timeout: quietMs / 1000) == nil, status?["pendingChanges"]?.intValue == 0 { return }
        }
    }
}

extension JSON {
    var paths: [String] { (self["changed"]?.arrayValue ?? []).compactMap(\.stringValue) }
}
