import Foundation
import RuleAtlasJSON
import RuleAtlasTestSupport
import Testing

/// Clients that misbehave end only their own connection; the daemon stays small and answering.
@Suite struct HostileClientTests {
    /// Sends `bytes` from another thread (it may block until the daemon drops us).
    private func sendInBackground(_ client: SocketClient, _ chunks: @escaping @Sendable () -> [UInt8]?) -> Flag {
        let finished = Flag()
        let fd = client.fd
        Thread.detachNewThread {
            while let chunk = chunks() {
                var offset = 0
                while offset < chunk.count {
                    let n = chunk[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                    if n <= 0 { finished.set(); return }
                    offset += n
                }
            }
            finished.set()
        }
        return finished
    }

    @Test func aSixtyFourMebibyteLineIsRefusedWithoutGrowingTheDaemon() throws {
        let daemon = SharedDaemon.instance
        let client = try SocketClient(path: daemon.socketPath)
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20)
        let remaining = Counter(64)
        _ = sendInBackground(client) { remaining.takeOne() ? chunk : nil }
        let reply = client.readJSON(timeout: 30)
        #expect(reply?["error"]?["code"] == -32700)
        #expect(reply?["id"] == .null)
        #expect(client.waitForClose())
        #expect(daemon.residentKiB < 160 * 1024, "daemon RSS \(daemon.residentKiB) KiB")
        #expect(try SocketClient(path: daemon.socketPath).call("server.ping")?["result"] == "pong")
    }

    @Test func aOneTebibyteContentLengthIsRefusedAtOnce() throws {
        let client = try SocketClient(path: SharedDaemon.path)
        client.send("Content-Length: 1099511627776\r\n\r\n{\"jsonrpc\":")
        let reply = client.readFramedJSON()
        #expect(reply?["error"]?["code"] == -32700)
        #expect(client.waitForClose())
        #expect(try SocketClient(path: SharedDaemon.path).call("server.ping")?["result"] == "pong")
    }

    @Test func aClientDisconnectingMidMessageLeavesOthersServed() throws {
        do {
            let client = try SocketClient(path: SharedDaemon.path)
            client.send(#"{"jsonrpc":"2.0","method":"server.pi"#)
        }
        do {
            let client = try SocketClient(path: SharedDaemon.path)
            client.send("Content-Length: 100\r\n\r\n{\"jsonrpc\"")
        }
        #expect(try SocketClient(path: SharedDaemon.path).call("server.ping")?["result"] == "pong")
    }

    @Test func aClientThatNeverReadsIsThrottledThenDropped() throws {
        let daemon = try DaemonProcess(["--write-stall-seconds", "1"])
        let hog = try SocketClient(path: daemon.socketPath)
        let request = Array((#"{"jsonrpc":"2.0","method":"server.status","id":1}"# + "\n").utf8)
        let sent = Counter(10_000)
        let finished = sendInBackground(hog) { sent.takeOne() ? request : nil }
        usleep(300_000)
        let other = try SocketClient(path: daemon.socketPath)
        for id in 1...20 { #expect(other.call("server.ping", id: id)?["result"] == "pong") }
        #expect(daemon.residentKiB < 100 * 1024, "daemon RSS \(daemon.residentKiB) KiB")
        // Its replies stall, so it is dropped; its blocked writes then fail.
        var connections: JSON?
        for attempt in 0..<150 {
            connections = other.call("server.status", id: 100 + attempt)?["result"]?["connections"]
            if connections == 1 { break }
            usleep(100_000)
        }
        #expect(connections == 1)
        #expect(finished.wait(timeout: 5))
        #expect(daemon.stop() == 0)
    }

    @Test func aPartialMessageMustCompleteInTime() throws {
        let daemon = try DaemonProcess(["--partial-timeout-seconds", "0.3"])
        let idle = try SocketClient(path: daemon.socketPath)
        let slow = try SocketClient(path: daemon.socketPath)
        slow.send(#"{"jsonrpc":"2.0","#)
        #expect(slow.waitForClose(timeout: 5))
        // A connection with nothing half-sent is not timed out.
        #expect(idle.call("server.ping")?["result"] == "pong")
        #expect(daemon.stop() == 0)
    }

    @Test func thePerUidCapRefusesWithOverloaded() throws {
        let daemon = try DaemonProcess(["--max-connections-per-uid", "2"])
        let first = try SocketClient(path: daemon.socketPath)
        // Wait until the start-up probe's connection is gone, so the count is exact.
        var open: JSON?
        for id in 0..<100 {
            open = first.call("server.status", id: id)?["result"]?["connections"]
            if open == 1 { break }
            usleep(20_000)
        }
        #expect(open == 1)
        let second = try SocketClient(path: daemon.socketPath)
        #expect(second.call("server.ping")?["result"] == "pong")
        let third = try SocketClient(path: daemon.socketPath)
        let refusal = third.readJSON()
        #expect(refusal?["error"]?["code"] == -32001)
        #expect(refusal?["error"]?["data"]?["limit"] == "connectionsPerUid")
        #expect(third.waitForClose())
        #expect(daemon.stop() == 0)
    }

    @Test(.enabled(if: getuid() == 0, "needs root to connect as another uid"))
    func uidsOutsideAllowUIDAreClosedWithoutAReply() throws {
        let daemon = try DaemonProcess(["--allow-uid", "4242", "--socket-mode", "0666"])
        chmod(daemon.directory, 0o755)
        let script = """
        import os, socket, sys
        os.setgid(65534); os.setuid(65534)
        s = socket.socket(socket.AF_UNIX); s.settimeout(5); s.connect(sys.argv[1])
        try:
            s.sendall(b'{"jsonrpc":"2.0","method":"server.ping","id":1}\\n')
            print(repr(s.recv(4096)))
        except (BrokenPipeError, ConnectionResetError):
            print("b''")
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, daemon.socketPath]
        let outPath = daemon.directory + "/py.out"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        defer { unlink(outPath) }
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: outPath)
        try process.run()
        process.waitUntilExit()
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        #expect(process.terminationStatus == 0)
        #expect(output == "b''\n", "uid 65534 got \(output)")
        // Our own uid is always allowed.
        #expect(try SocketClient(path: daemon.socketPath).call("server.ping")?["result"] == "pong")
        #expect(daemon.stop() == 0)
    }

    @Test func runningOutOfDescriptorsDoesNotSpin() throws {
        let daemon = try DaemonProcess([], launcher: ["/bin/sh", "-c", "ulimit -n 24; exec \"$0\" \"$@\""])
        var clients: [SocketClient] = []
        for _ in 0..<40 { if let client = try? SocketClient(path: daemon.socketPath) { clients.append(client) } }
        usleep(200_000)
        let before = daemon.cpuTicks
        usleep(1_000_000)
        let spent = daemon.cpuTicks - before
        #expect(spent < 30, "daemon used \(spent) ticks in 1 s while out of descriptors")
        clients.removeAll()
        var answered = false
        for _ in 0..<50 where !answered {
            answered = (try? SocketClient(path: daemon.socketPath))?.call("server.ping")?["result"] == "pong"
            if !answered { usleep(100_000) }
        }
        #expect(answered)
        #expect(daemon.stop() == 0)
    }
}

/// A countdown shared with a sender thread.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var left: Int
    init(_ count: Int) { left = count }
    func takeOne() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard left > 0 else { return false }
        left -= 1
        return true
    }
}

/// A one-way flag another thread sets.
final class Flag: @unchecked Sendable {
    private let condition = NSCondition()
    private var isSet = false
    func set() {
        condition.lock()
        isSet = true
        condition.broadcast()
        condition.unlock()
    }
    func wait(timeout: Double) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date().addingTimeInterval(timeout)
        while !isSet { if !condition.wait(until: deadline) { return isSet } }
        return true
    }
}
