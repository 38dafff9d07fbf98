import Foundation
import RuleAtlasTestSupport

/// A real `ruleatlasd` child process on its own socket in its own temporary directory.
final class DaemonProcess: @unchecked Sendable {
    let process = Process()
    let directory: String
    let socketPath: String
    /// The daemon's stderr goes to this file (a pipe nobody drains could block it).
    var logPath: String { directory + "/stderr.log" }

    /// The built daemon next to the test bundle (or `$RULEATLASD`).
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["RULEATLASD"], !path.isEmpty { return path }
        return executableDirectory + "/ruleatlasd"
    }

    static var executableDirectory: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return (exe as NSString).deletingLastPathComponent
    }

    /// A fresh private directory for one daemon (short, to stay under 107 bytes).
    static func makeDirectory() -> String {
        let path = "/tmp/ra-it-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        mkdir(path, 0o700)
        return path
    }

    /// Starts the daemon with `arguments` (its `--socket` is added) and waits until it answers.
    /// A `launcher` command runs it instead (`{socket}` in it becomes the socket path).
    init(_ arguments: [String] = [], launcher: [String] = [], socketName: String = "d.sock", wait: Bool = true) throws {
        directory = Self.makeDirectory()
        socketPath = directory + "/" + socketName
        if launcher.isEmpty {
            process.executableURL = URL(fileURLWithPath: Self.binary)
            process.arguments = ["--socket", socketPath, "--log-level", "warn"] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: launcher[0])
            let expanded = launcher.dropFirst().map { $0.replacingOccurrences(of: "{socket}", with: socketPath) }
            process.arguments = expanded + [Self.binary, "--socket", socketPath, "--log-level", "warn"] + arguments
        }
        _ = FileManager.default.createFile(atPath: directory + "/stderr.log", contents: nil)
        process.standardError = FileHandle(forWritingAtPath: directory + "/stderr.log")
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        if wait { try waitUntilAnswering() }
    }

    func waitUntilAnswering(timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if process.isRunning, let client = try? SocketClient(path: socketPath), client.call("server.ping") != nil { return }
            if !process.isRunning { break }
            usleep(20_000)
        }
        throw DaemonError.notAnswering(stderr: stderrText())
    }

    var pid: Int32 { process.processIdentifier }

    /// Resident memory of the daemon in KiB, from /proc.
    var residentKiB: Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return -1 }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]) ?? -1
    }

    /// User plus system CPU time of the daemon so far, in clock ticks.
    var cpuTicks: Int {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return -1 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return (Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0)
    }

    /// Sends `signal` and waits for exit; returns the exit status (nil on timeout).
    @discardableResult
    func stop(_ signal: Int32 = SIGTERM, timeout: Double = 10) -> Int32? {
        if process.isRunning { kill(pid, signal) }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            kill(pid, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }

    /// Waits for the process to exit by itself.
    func waitForExit(timeout: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// What the daemon has written to stderr so far.
    func stderrText() -> String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }

    deinit {
        if process.isRunning {
            kill(pid, SIGKILL)
            process.waitUntilExit()
        }
        unlink(socketPath)
        unlink(logPath)
        rmdir(directory)
    }
}

enum DaemonError: Error { case notAnswering(stderr: String) }

/// One daemon with default limits (per-uid cap raised for the parallel tests) shared by
/// every test that needs nothing special; killed when the test process exits.
enum SharedDaemon {
    static let instance: DaemonProcess = {
        signal(SIGPIPE, SIG_IGN)
        do {
            let daemon = try DaemonProcess(["--max-connections-per-uid", "1000"])
            sharedDaemonPID = daemon.pid
            atexit { if sharedDaemonPID > 0 { kill(sharedDaemonPID, SIGKILL) } }
            return daemon
        } catch {
            fatalError("cannot start the shared daemon: \(error)")
        }
    }()

    static var path: String { instance.socketPath }
}

nonisolated(unsafe) private var sharedDaemonPID: Int32 = 0
