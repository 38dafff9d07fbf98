import RuleAtlasJSON
import RuleAtlasSupport

/// What every subcommand shares: the resolved socket, output mode, one connection.
final class CLISession {
    let socket: SocketPath
    /// `--json`: print raw JSON results instead of tables.
    let json: Bool
    let timeoutMs: Int32
    private var client: DaemonClient?

    init(socket: SocketPath, json: Bool, timeoutMs: Int32) {
        self.socket = socket
        self.json = json
        self.timeoutMs = timeoutMs
    }

    /// Calls `method`; a daemon error becomes `.remote`, no daemon becomes `.unreachable`.
    func call(_ method: String, _ params: JSONObject? = nil) throws(CLIFailure) -> JSON {
        let outcome: Result<JSON, DaemonClient.RemoteError>
        do {
            if client == nil { client = try DaemonClient(path: socket.path, timeoutMs: timeoutMs) }
            outcome = try client!.call(method, params: params.map { .object($0) })
        } catch {
            switch error {
            case .unreachable(let reason): throw .unreachable(path: socket.path, reason: reason)
            case .protocolError(let reason): throw .protocolError(reason)
            }
        }
        switch outcome {
        case .success(let result): return result
        case .failure(let error): throw .remote(error)
        }
    }

    /// Prints `result` raw with `--json`, else calls `human` to render it.
    func output(_ result: JSON, human: (JSON) -> String) {
        print(json ? result.compactString : human(result))
    }
}
