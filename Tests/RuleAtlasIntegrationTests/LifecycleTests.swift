import Foundation
import RuleAtlasJSON
import RuleAtlasTestSupport
import Testing

/// Starting, refusing to start, stopping, socket activation, permissions.
@Suite struct LifecycleTests {
    /// Leaves a socket file nobody listens on, as a crashed daemon would.
    private func makeStaleSocket(at path: String) {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        close(fd)
    }

    /// Runs a command to completion (see `CLIRun`).
    private func run(_ binary: String, _ arguments: [String]) throws -> CLIRun {
        try CLIRun.run(arguments, socket: nil, executable: binary)
    }

    @Test func aStaleSocketFileIsReplaced() throws {
        let daemon = try DaemonProcess()
        #expect(daemon.stop() == 0)
        makeStaleSocket(at: daemon.socketPath)
        #expect(access(daemon.socketPath, F_OK) == 0)
        let again = Process()
        again.executableURL = URL(fileURLWithPath: DaemonProcess.binary)
        again.arguments = ["--socket", daemon.socketPath, "--log-level", "warn"]
        try again.run()
        defer { kill(again.processIdentifier, SIGTERM); again.waitUntilExit() }
        var answered = false
        for _ in 0..<100 where !answered {
            answered = (try? SocketClient(path: daemon.socketPath))?.call("server.ping")?["result"] == "pong"
            if !answered { usleep(50_000) }
        }
        #expect(answered)
    }

    @Test func aLiveDaemonIsNotReplaced() throws {
        let first = try DaemonProcess()
        let result = try run(DaemonProcess.binary, ["--socket", first.socketPath])
        #expect(result.status == 1)
        #expect(result.stderr.contains("already listening"))
        #expect(try SocketClient(path: first.socketPath).call("server.ping")?["result"] == "pong")
        #expect(first.stop() == 0)
    }

    @Test func aFileThatIsNotASocketIsLeftAlone() throws {
        let directory = DaemonProcess.makeDirectory()
        let path = directory + "/d.sock"
        _ = FileManager.default.createFile(atPath: path, contents: Data("keep".utf8))
        defer { unlink(path); rmdir(directory) }
        let result = try run(DaemonProcess.binary, ["--socket", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("not a socket"))
        #expect((try? String(contentsOfFile: path, encoding: .utf8)) == "keep")
    }

    @Test func anOverlongPathIsRefusedClearly() throws {
        let path = "/tmp/" + String(repeating: "a", count: 120) + ".sock"
        let result = try run(DaemonProcess.binary, ["--socket", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("107"))
        #expect(access(path, F_OK) != 0)
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalDrainsClosesUnlinksAndExitsZero(signal: Int32) throws {
        let daemon = try DaemonProcess()
        let client = try SocketClient(path: daemon.socketPath)
        #expect(client.call("server.ping")?["result"] == "pong")
        #expect(daemon.stop(signal) == 0)
        #expect(client.waitForClose(timeout: 2))
        #expect(access(daemon.socketPath, F_OK) != 0, "socket file removed")
    }

    @Test func shutdownDoesNotWaitForeverOnAClientThatNeverReads() throws {
        let daemon = try DaemonProcess(["--drain-seconds", "0.5"])
        let hog = try SocketClient(path: daemon.socketPath)
        var requests = ""
        for id in 0..<3000 { requests += #"{"jsonrpc":"2.0","method":"server.status","id":\#(id)}"# + "\n" }
        hog.send(requests)
        usleep(200_000)
        let started = Date()
        #expect(daemon.stop(SIGTERM, timeout: 5) == 0)
        #expect(Date().timeIntervalSince(started) < 4)
        #expect(access(daemon.socketPath, F_OK) != 0)
    }

    @Test func socketAndDirectoryAreCreatedPrivate() throws {
        let daemon = try DaemonProcess(socketName: "run/sub/d.sock")
        defer {
            _ = daemon.stop()
            rmdir(daemon.directory + "/run/sub")
            rmdir(daemon.directory + "/run")
        }
        var info = stat()
        #expect(stat(daemon.socketPath, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(stat(daemon.directory + "/run/sub", &info) == 0)
        #expect(info.st_mode & 0o777 == 0o700)
    }

    @Test func socketModeIsSetAtCreation() throws {
        let daemon = try DaemonProcess(["--socket-mode", "0660"])
        var info = stat()
        #expect(stat(daemon.socketPath, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o660)
        #expect(daemon.stop() == 0)
    }

    @Test func socketActivationUsesThePassedSocket() throws {
        let activate = "/usr/bin/systemd-socket-activate"
        try #require(FileManager.default.isExecutableFile(atPath: activate), "systemd-socket-activate (Debian package systemd) is missing")
        let daemon = try DaemonProcess([], launcher: [activate, "-l", "{socket}"])
        #expect(try SocketClient(path: daemon.socketPath).call("server.ping")?["result"] == "pong")
        #expect(daemon.stop() == 0)
        // The socket belongs to the activator: the daemon leaves the file in place.
        #expect(access(daemon.socketPath, F_OK) == 0)
    }

    @Test func cliExitStatusesAreTheDocumentedOnes() throws {
        let cli = DaemonProcess.executableDirectory + "/ruleatlas"
        let socket = SharedDaemon.path
        let ping = try run(cli, ["--socket", socket, "ping"])
        #expect(ping.status == 0)
        #expect(ping.stdout.contains("pong"))
        let raw = try run(cli, ["call", "server.ping", "--socket", socket, "--json"])
        #expect(raw.stdout == "\"pong\"\n")
        let status = try run(cli, ["--socket", socket, "status"])
        #expect(status.status == 0)
        #expect(status.stdout.contains("maxMessageBytes"))
        #expect(try run(cli, ["--socket", socket, "call", "no.such.method"]).status == 1)
        #expect(try run(cli, ["--socket", socket, "call", "server.ping", "{oops"]).status == 2)
        #expect(try run(cli, ["--socket", socket, "frobnicate"]).status == 2)
        let missing = try run(cli, ["--socket", "/tmp/ra-it-none-\(getpid()).sock", "ping"])
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("no daemon at"))
    }
}
