import Foundation
import RuleAtlasJSON
import RuleAtlasTestSupport

/// Daemons the CLI tests share, each started once per test process.
enum CLIDaemons {
    /// `ruleatlasd` on the built-in sample corpus (no `--rules`), as `make run` starts it.
    static let sample: DaemonProcess = {
        let daemon = start([])
        samplePID = daemon.pid
        atexit { kill(samplePID, SIGKILL) }
        return daemon
    }()

    /// `ruleatlasd --rules SharedData.sigmaRules`, loaded.
    static let sigma: DaemonProcess = {
        let daemon = start(["--rules", SharedData.sigmaRules.path])
        sigmaPID = daemon.pid
        atexit { kill(sigmaPID, SIGKILL) }
        return daemon
    }()

    private static func start(_ arguments: [String]) -> DaemonProcess {
        signal(SIGPIPE, SIG_IGN)
        do {
            return try loaded(DaemonProcess(arguments))
        } catch {
            fatalError("cannot start a daemon for the CLI tests: \(error)")
        }
    }

    /// `daemon` once it serves its first snapshot (generation 1).
    static func loaded(_ daemon: DaemonProcess) throws -> DaemonProcess {
        let client = try SocketClient(path: daemon.socketPath)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, (client.call("server.status")?["result"]?["generation"]?.intValue ?? 0) < 1 { usleep(20_000) }
        return daemon
    }

    /// The `result` of `method` called over JSON-RPC directly (not through the CLI).
    static func result(_ daemon: DaemonProcess, _ method: String, _ params: String? = nil) -> JSON? {
        (try? SocketClient(path: daemon.socketPath))?.call(method, params: params)?["result"]
    }
}

nonisolated(unsafe) private var samplePID: Int32 = 0
nonisolated(unsafe) private var sigmaPID: Int32 = 0
