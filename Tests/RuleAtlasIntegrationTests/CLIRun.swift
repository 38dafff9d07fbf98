import Foundation
import RuleAtlasJSON

/// One finished `ruleatlas` run: exit status and what it printed.
struct CLIRun {
    let status: Int32
    let stdout: String
    let stderr: String

    /// The built CLI next to the test bundle (or `$RULEATLAS`).
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["RULEATLAS"], !path.isEmpty { return path }
        return DaemonProcess.executableDirectory + "/ruleatlas"
    }

    /// Runs `ruleatlas --socket SOCKET ARGS...` (no `--socket` when `socket` is nil; another
    /// program with `executable`) to completion. Output goes through files, not pipes, so a
    /// large page cannot block it and no read is interrupted while other tests signal processes.
    static func run(_ arguments: [String], socket: String?, environment: [String: String]? = nil, timeout: Double = 60,
                    executable: String = CLIRun.binary) throws -> CLIRun {
        let directory = DaemonProcess.makeDirectory()
        let outPath = directory + "/out", errPath = directory + "/err"
        defer { unlink(outPath); unlink(errPath); rmdir(directory) }
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = (socket.map { ["--socket", $0] } ?? []) + arguments
        if let environment { process.environment = environment }
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return CLIRun(
            status: process.terminationStatus,
            stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }

    /// stdout parsed as one JSON value (nil when it is not JSON).
    var json: JSON? { try? JSONParser.parse(stdout.trimmingCharacters(in: .whitespacesAndNewlines)) }

    /// stdout split into lines.
    var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// The lines of the section whose title line starts with `title`, up to the next blank line.
    func section(_ title: String) -> [String] {
        guard let start = lines.firstIndex(where: { $0.hasPrefix(title) }) else { return [] }
        return Array(lines[start...].prefix { !$0.isEmpty })
    }
}
