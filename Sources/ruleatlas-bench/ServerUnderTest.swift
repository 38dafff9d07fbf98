import Foundation

/// A server process for a benchmark, optionally pinned to one CPU with `taskset`.
final class ServerUnderTest {
    let name: String
    let socketPath: String
    private let process = Process()

    init(name: String, command: [String], socketPath: String, cpu: Int?) throws(BenchFailure) {
        self.name = name
        self.socketPath = socketPath
        unlink(socketPath)
        if let cpu, FileManager.default.isExecutableFile(atPath: "/usr/bin/taskset") {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/taskset")
            process.arguments = ["-c", String(cpu)] + command
        } else {
            process.executableURL = URL(fileURLWithPath: command[0])
            process.arguments = Array(command.dropFirst())
        }
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw BenchFailure("cannot start \(name): \(error)") }
        for _ in 0..<200 {
            if let fd = try? LoadGenerator.connect(socketPath) {
                close(fd)
                return
            }
            usleep(25_000)
        }
        stop()
        throw BenchFailure("\(name) did not start listening on \(socketPath)")
    }

    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        unlink(socketPath)
    }

    deinit { stop() }
}
