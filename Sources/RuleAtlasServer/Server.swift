import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasSupport
import RuleAtlasUV
#if canImport(Glibc)
import Glibc
#endif

/// The daemon: one libuv loop, one listener, one session per client, signals, limits.
///
/// Everything runs on the thread that calls `run()`. SIGINT and SIGTERM stop accepting,
/// remove the socket file (when this process created it), let queued replies drain,
/// close every connection and make `run()` return 0.
public final class Server {
    public enum Phase: Equatable { case ready, running, draining, stopped }

    /// The version `server.status` reports.
    public static let version = "0.1.0"

    public let loop: UVLoop
    public let state: ServerState
    public let engine: RPCEngine
    let listener: UVPipeListener
    let origin: ListenerOrigin
    let log: Logger
    public private(set) var phase = Phase.ready
    private var nextConnectionID: UInt64 = 1
    private var connectionsByUID: [UInt32: Int] = [:]
    private var signals: [UVSignal] = []
    private let sweepTimer: UVTimer
    let acceptPauseTimer: UVTimer
    private var drainTimer: UVTimer?
    var lastEMFILELogTime: UInt64 = 0

    /// Binds (or adopts) the socket and registers every feature's methods.
    public init(options: ServerOptions, version: String, features: [ServerFeature], log: Logger,
                environment: [String: String] = SocketPath.processEnvironment()) throws(ServerStartError) {
        signal(SIGPIPE, SIG_IGN)
        // A parent may hand down a mask blocking SIGINT/SIGTERM (test runners, some
        // supervisors); the shutdown signals must arrive.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        pthread_sigmask(SIG_SETMASK, &unblocked, nil)
        do { loop = try UVLoop() } catch { throw ServerStartError("cannot create event loop: \(error)") }
        self.log = log
        (listener, origin) = try ListenerSetup.makeListener(loop: loop, options: options, environment: environment)
        state = ServerState(options: options, version: version, startedAt: Self.timestamp(), loop: loop)
        engine = RPCEngine(limits: options.limits.rpc)
        state.engine = engine
        do {
            sweepTimer = try UVTimer(loop: loop)
            acceptPauseTimer = try UVTimer(loop: loop)
        } catch { throw ServerStartError("cannot create timers: \(error)") }
        for feature in features { feature(engine, state) }
    }

    /// Where clients reach this daemon, for logs and messages.
    public var address: String {
        switch origin {
        case .bound(let path): return path
        case .activated(let fd): return "socket-activated fd \(fd)"
        }
    }

    /// Serves until SIGINT/SIGTERM (or `shutdown`) and the drain finish; returns the exit status.
    public func run() -> Int32 {
        do {
            try listener.listen { [unowned self] result in self.didAccept(result) }
            for number in [SIGINT, SIGTERM, SIGHUP] {
                let watcher = try UVSignal(loop: loop)
                try watcher.start(number) { [unowned self] number in self.didReceive(signal: number) }
                signals.append(watcher)
            }
        } catch {
            log.error("cannot start serving", ["socket": address, "error": error.description])
            removeSocketFile()
            return 1
        }
        let interval = Swift.max(10, Swift.min(1_000, state.options.limits.writeStallMs / 4, state.options.limits.partialMessageMs / 4))
        sweepTimer.start(after: interval, repeatEvery: interval) { [unowned self] in self.sweep() }
        phase = .running
        log.info("listening", ["socket": address, "version": state.version, "pid": getpid()])
        loop.run()
        phase = .stopped
        return 0
    }

    // MARK: Signals and shutdown

    private func didReceive(signal number: Int32) {
        if number == SIGHUP {
            log.info("reload requested", ["signal": "SIGHUP"])
            for hook in state.onHangup { hook() }
            return
        }
        shutdown(reason: number == SIGINT ? "SIGINT" : "SIGTERM")
    }

    /// Stops accepting, drains queued replies, closes everything; `run()` then returns.
    public func shutdown(reason: String) {
        guard phase == .running else { return }
        phase = .draining
        log.info("shutting down", ["reason": reason, "connections": state.sessions.count])
        listener.close()
        removeSocketFile()
        for hook in state.onShutdown { hook() }
        for session in state.sessions.values { session.finish(reason: "server shutting down") }
        if let timer = try? UVTimer(loop: loop) {
            drainTimer = timer
            timer.start(after: state.options.drainTimeoutMs) { [unowned self] in
                for session in self.state.sessions.values { session.drop(reason: "shutdown drain timed out") }
            }
        }
        stopIfDrained()
    }

    func stopIfDrained() {
        guard phase == .draining, state.sessions.isEmpty else { return }
        sweepTimer.close()
        acceptPauseTimer.close()
        drainTimer?.close()
        for watcher in signals { watcher.close() }
        signals.removeAll()
        // Handles that features own (timers, watchers, mailboxes) close with the loop.
        loop.stop()
    }

    func takeConnectionID() -> UInt64 {
        defer { nextConnectionID += 1 }
        return nextConnectionID
    }

    func connectionCount(uid: UInt32) -> Int { connectionsByUID[uid] ?? 0 }

    func adjustConnectionCount(uid: UInt32, by delta: Int) {
        let count = (connectionsByUID[uid] ?? 0) + delta
        connectionsByUID[uid] = count > 0 ? count : nil
    }

    private func removeSocketFile() {
        if case .bound(let path) = origin { unlink(path) }
    }

    // MARK: Periodic checks

    private func sweep() {
        let now = loop.now
        for session in state.sessions.values { session.sweep(now: now) }
    }

    /// ISO 8601 UTC (`2026-12-04T21:15:35Z`) of `seconds` since the epoch, now by default.
    static func timestamp(_ seconds: time_t = time(nil)) -> String {
        var now = seconds
        var parts = tm()
        gmtime_r(&now, &parts)
        var buffer = [CChar](repeating: 0, count: 32)
        let length = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
        return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
