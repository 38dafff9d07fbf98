import Foundation
import RuleAtlasSupport

/// `ruleatlas-bench rpc`: `server.ping` throughput and latency of ruleatlasd next to the
/// raw libuv echo baseline, K connections x P requests in flight, same run, same client.
enum RPCBench: BenchCommand {
    static let spec = CommandSpec(
        name: "rpc",
        summary: "server.ping requests/s and p50/p99 latency, ruleatlasd next to uv-echo.",
        options: [
            OptionSpec("daemon", valueName: "PATH", help: "The ruleatlasd binary (default: next to this one)."),
            OptionSpec("echo", valueName: "PATH", help: "The uv-echo binary (default: next to this one)."),
            OptionSpec("scenarios", valueName: "KxP,...", help: "Connections x requests in flight.", defaultValue: "8x1,8x32,64x1"),
            OptionSpec("seconds", valueName: "S", help: "Measured time per scenario (after 0.5 s warm-up).", defaultValue: "3"),
            OptionSpec("server-cpu", valueName: "N", help: "CPU the servers are pinned to (taskset).", defaultValue: "0"),
        ])

    static let request = Array((#"{"jsonrpc":"2.0","method":"server.ping","id":1}"# + "\n").utf8)

    static func run(_ args: ParsedArguments) throws(BenchFailure) -> Int32 {
        let directory = (CommandLine.arguments[0] as NSString).deletingLastPathComponent
        let daemon = args.string("daemon") ?? directory + "/ruleatlasd"
        let echo = args.string("echo") ?? directory + "/uv-echo"
        let seconds: Double
        let cpu: Int?
        do {
            seconds = try args.double("seconds") ?? 3
            cpu = try args.int("server-cpu")
        } catch { throw BenchFailure("\(error)") }
        let scenarios = try (args.string("scenarios") ?? "8x1,8x32,64x1").split(separator: ",").map { text throws(BenchFailure) -> (Int, Int) in
            let parts = text.split(separator: "x").compactMap { Int($0) }
            guard parts.count == 2, parts[0] > 0, parts[1] > 0 else { throw BenchFailure("bad scenario '\(text)': expected KxP such as 8x32") }
            return (parts[0], parts[1])
        }
        let socketDirectory = "/tmp/ruleatlas-bench-\(getpid())"
        mkdir(socketDirectory, 0o700)
        defer { rmdir(socketDirectory) }

        // Both servers run side by side on the same CPU; each scenario runs against one
        // and then the other, so load from elsewhere on the machine hits both alike.
        let echoPath = socketDirectory + "/echo.sock"
        let daemonPath = socketDirectory + "/d.sock"
        let echoServer = try ServerUnderTest(name: "uv-echo", command: [echo, echoPath], socketPath: echoPath, cpu: cpu)
        defer { echoServer.stop() }
        let daemonServer = try ServerUnderTest(
            name: "ruleatlasd", command: [daemon, "--socket", daemonPath, "--log-level", "warn"], socketPath: daemonPath, cpu: cpu)
        defer { daemonServer.stop() }
        var echoResults: [LoadGenerator.Outcome] = []
        var daemonResults: [LoadGenerator.Outcome] = []
        for (k, p) in scenarios {
            echoResults.append(try LoadGenerator(path: echoPath, connections: k, depth: p, request: request, seconds: seconds).run())
            daemonResults.append(try LoadGenerator(path: daemonPath, connections: k, depth: p, request: request, seconds: seconds).run())
        }

        var table = TextTable([
            .init(title: "KxP"), .init(title: "uv-echo req/s", numeric: true), .init(title: "ruleatlasd req/s", numeric: true),
            .init(title: "ratio", numeric: true), .init(title: "echo p50/p99 µs", numeric: true),
            .init(title: "ruleatlasd p50/p99 µs", numeric: true),
        ])
        for (i, (k, p)) in scenarios.enumerated() {
            let e = echoResults[i], d = daemonResults[i]
            table.append(
                "\(k)x\(p)", format(e.perSecond), format(d.perSecond), String(format: "%.2f", d.perSecond / max(e.perSecond, 1)),
                String(format: "%.0f / %.0f", e.p50Micros, e.p99Micros), String(format: "%.0f / %.0f", d.p50Micros, d.p99Micros))
        }
        print("server.ping over a Unix socket, \(seconds) s per scenario, servers on CPU \(cpu.map(String.init) ?? "any"), \(ProcessInfo.processInfo.activeProcessorCount) CPUs")
        print(table.render())
        return 0
    }

    static func format(_ perSecond: Double) -> String {
        let rounded = Int(perSecond.rounded())
        var text = String(rounded)
        var i = text.count - 3
        while i > 0 { text.insert(",", at: text.index(text.startIndex, offsetBy: i)); i -= 3 }
        return text
    }
}
