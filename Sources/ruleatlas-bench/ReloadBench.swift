import Foundation
import RuleAtlasJSON
import RuleAtlasSupport

/// `ruleatlas-bench reload`: live reload on the full shared corpora, over the socket of a
/// real (release) `ruleatlasd`.
///
/// Copies the corpora to a temporary directory (the shared copy is never written), starts
/// the daemon on the copy and measures: one edited file visible to `rule.get` after the
/// debounce ends; `server.reload` full rescans; `technique.get` (50 largest techniques,
/// limit 20) p50/p99 idle and while a writer keeps the daemon reloading.
enum ReloadBench: BenchCommand {
    static let spec = CommandSpec(
        name: "reload",
        summary: "Live reload on the full corpora: edit-to-visible latency, full rescan, query p99 idle vs reloading.",
        options: [
            OptionSpec("daemon", valueName: "PATH", help: "The ruleatlasd binary (default: next to this one)."),
            OptionSpec("debounce-ms", valueName: "MS", help: "The daemon's --debounce-ms.", defaultValue: "100"),
            OptionSpec("edits", valueName: "N", help: "Edits timed one by one.", defaultValue: "20"),
            OptionSpec("seconds", valueName: "S", help: "Query time idle, then again while reloading.", defaultValue: "3"),
        ])

    static func run(_ args: ParsedArguments) throws(BenchFailure) -> Int32 {
        let debounce: Int
        let edits: Int
        let seconds: Double
        do {
            debounce = try args.int("debounce-ms") ?? 100
            edits = try args.int("edits") ?? 20
            seconds = try args.double("seconds") ?? 3
        } catch { throw BenchFailure("\(error)") }
        guard let corpora = locateCorpora() else { throw BenchFailure("../shared/corpora not found (set RULEATLAS_SHARED)") }
        let work = "/tmp/ra-bench-\(getpid())"
        defer { shell("/bin/rm", ["-rf", work]) }
        mkdir(work, 0o700)
        var roots: [String] = []
        for (from, to) in [("sigma/rules", "sigma"), ("elastic/rules", "elastic"), ("splunk", "splunk"), ("sentinel", "sentinel")] {
            guard FileManager.default.fileExists(atPath: corpora + "/" + from) else { continue }
            shell("/bin/cp", ["-r", corpora + "/" + from, work + "/" + to])
            roots.append(work + "/" + to)
        }
        let socket = work + "/d.sock"
        let daemon = Process()
        daemon.executableURL = URL(fileURLWithPath: args.string("daemon") ?? executableDirectory() + "/ruleatlasd")
        daemon.arguments = ["--socket", socket, "--debounce-ms", String(debounce), "--log-level", "warn"] + roots.flatMap { ["--rules", $0] }
        do { try daemon.run() } catch { throw BenchFailure("cannot start ruleatlasd: \(error)") }
        defer {
            daemon.terminate()
            daemon.waitUntilExit()
        }
        guard let client = connect(socket) else { throw BenchFailure("the daemon does not answer") }
        while (client.result("server.status")?["generation"]?.intValue ?? 0) < 1 { usleep(5_000) }
        let status = client.result("server.status")
        print("corpora: \(status?["files"]?["total"]?.intValue ?? 0) files, \(status?["rules"]?["total"]?.intValue ?? 0) rules;"
            + " first load \(status?["lastReload"]?["ms"]?.intValue ?? -1) ms; debounce \(debounce) ms")

        guard let target = editTarget(work + "/sigma") else { throw BenchFailure("no Sigma rule file to edit") }
        var visible: [Double] = []
        for n in 0..<edits {
            let title = "Bench edit \(n)"
            let started = save(target, title: title)
            while client.result("rule.get", ["id": JSON(target.id)])?["title"]?.stringValue != title {}
            visible.append(nowMs() - started - Double(debounce))
            usleep(200_000)
        }
        print(String(format: "edit visible to rule.get after the debounce: p50 %.1f ms, max %.1f ms (%d edits; target <= 20 ms)",
                     percentile(visible, 50), visible.max() ?? 0, visible.count))

        var rescans: [Double] = []
        for _ in 0..<5 {
            let started = nowMs()
            _ = client.result("server.reload")
            rescans.append(nowMs() - started)
        }
        print(String(format: "server.reload full rescan: median %.0f ms, min %.0f ms", percentile(rescans, 50), rescans.min() ?? 0))

        let techniques = largestTechniques(client, 50)
        let idle = queryLatencies(client, techniques, seconds: seconds)
        let writer = ContinuousWriter(target: target)
        let generationBefore = client.result("server.status")?["generation"]?.intValue ?? 0
        writer.start()
        let busy = queryLatencies(client, techniques, seconds: seconds)
        writer.stop()
        let reloads = (client.result("server.status")?["generation"]?.intValue ?? 0) - generationBefore
        let idleP99 = percentile(idle, 99)
        let busyP99 = percentile(busy, 99)
        print(String(format: "technique.get limit 20, 50 largest: idle p50 %.3f p99 %.3f ms (%d queries)",
                     percentile(idle, 50), idleP99, idle.count))
        print(String(format: "  during continuous reloads (%d generations): p50 %.3f p99 %.3f ms (%d queries); p99 ratio %.2f (target <= 2)",
                     reloads, percentile(busy, 50), busyP99, busy.count, idleP99 > 0 ? busyP99 / idleP99 : 0))
        return 0
    }

    static func connect(_ path: String) -> LineClient? {
        for _ in 0..<1_000 {
            if let client = try? LineClient(path: path), client.result("server.ping") != nil { return client }
            usleep(10_000)
        }
        return nil
    }

    static func largestTechniques(_ client: LineClient, _ count: Int) -> [String] {
        let items = client.result("coverage.matrix", ["limit": 1000])?["items"]?.arrayValue ?? []
        return items.sorted { ($0["total"]?.intValue ?? 0) > ($1["total"]?.intValue ?? 0) }
            .prefix(count).compactMap { $0["id"]?.stringValue }
    }

    static func queryLatencies(_ client: LineClient, _ techniques: [String], seconds: Double) -> [Double] {
        var out: [Double] = []
        let end = nowMs() + seconds * 1000
        var i = 0
        while nowMs() < end, !techniques.isEmpty {
            let started = nowMs()
            _ = client.result("technique.get", ["id": JSON(techniques[i % techniques.count]), "limit": 20])
            out.append(nowMs() - started)
            i += 1
        }
        return out
    }

    static func executableDirectory() -> String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return (exe as NSString).deletingLastPathComponent
    }

    /// `$RULEATLAS_SHARED/corpora`, else the first `shared/corpora` walking up from here.
    static func locateCorpora() -> String? {
        if let shared = ProcessInfo.processInfo.environment["RULEATLAS_SHARED"], !shared.isEmpty { return shared + "/corpora" }
        for start in [FileManager.default.currentDirectoryPath, executableDirectory()] {
            var dir = start
            for _ in 0..<8 {
                if FileManager.default.fileExists(atPath: dir + "/shared/corpora") { return dir + "/shared/corpora" }
                dir = (dir as NSString).deletingLastPathComponent
            }
        }
        return nil
    }

    static func shell(_ tool: String, _ arguments: [String]) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = arguments
        do { try p.run() } catch { return }
        p.waitUntilExit()
    }
}

extension LineClient {
    /// The result of `method`, nil on an error reply or a closed connection.
    func result(_ method: String, _ params: JSON = [:]) -> JSON? {
        guard let line = try? call(method, params) else { return nil }
        return (try? JSONParser.parse(line))?["result"]
    }
}

/// Monotonic time in milliseconds.
func nowMs() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1e6
}

/// The `p`-th percentile (0...100) of `values`, 0 when empty.
func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let rank = Int((p / 100 * Double(sorted.count - 1)).rounded())
    return sorted[min(max(rank, 0), sorted.count - 1)]
}
