import Foundation
import RuleAtlasJSON

/// `ruleatlas-bench reload`: live reload on the full shared corpora, over the socket of a
/// real (release) `ruleatlasd`.
///
/// Copies the corpora to a temporary directory (the shared copy is never written), starts
/// the daemon on the copy and measures: one edited file visible to `rule.get` after the
/// debounce ends; `server.reload` full rescans; `technique.get` (50 largest techniques,
/// limit 20) p50/p99 idle and while a writer keeps the daemon reloading.
enum ReloadBench {
    static let usage = "usage: ruleatlas-bench reload [--debounce-ms MS] [--edits N] [--seconds S]"

    static func run(_ arguments: [String]) -> Int32 {
        var debounce = 100
        var edits = 20
        var seconds = 3.0
        var i = 0
        while i < arguments.count {
            let value = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch arguments[i] {
            case "--debounce-ms": debounce = Int(value) ?? debounce
            case "--edits": edits = Int(value) ?? edits
            case "--seconds": seconds = Double(value) ?? seconds
            default:
                print(usage)
                return 2
            }
            i += 2
        }
        guard let corpora = locateCorpora() else {
            print("reload: ../shared/corpora not found (set RULEATLAS_SHARED)")
            return 1
        }
        let work = "/tmp/ra-bench-\(getpid())"
        defer { _ = shell("/bin/rm", ["-rf", work]) }
        mkdir(work, 0o700)
        var roots: [String] = []
        for (from, to) in [("sigma/rules", "sigma"), ("elastic/rules", "elastic"), ("splunk", "splunk"), ("sentinel", "sentinel")] {
            guard FileManager.default.fileExists(atPath: corpora + "/" + from) else { continue }
            _ = shell("/bin/cp", ["-r", corpora + "/" + from, work + "/" + to])
            roots.append(work + "/" + to)
        }
        let socket = work + "/d.sock"
        let daemon = Process()
        daemon.executableURL = URL(fileURLWithPath: executableDirectory() + "/ruleatlasd")
        daemon.arguments = ["--socket", socket, "--debounce-ms", String(debounce), "--log-level", "warn"] + roots.flatMap { ["--rules", $0] }
        do { try daemon.run() } catch {
            print("reload: cannot start ruleatlasd: \(error)")
            return 1
        }
        defer {
            daemon.terminate()
            daemon.waitUntilExit()
        }
        guard let client = connect(socket), let subscriber = connect(socket) else {
            print("reload: the daemon does not answer")
            return 1
        }
        while (client.call("server.status")?["generation"]?.intValue ?? 0) < 1 { usleep(5_000) }
        let status = client.call("server.status")
        print("corpora: \(status?["files"]?["total"]?.intValue ?? 0) files, \(status?["rules"]?["total"]?.intValue ?? 0) rules;"
            + " first load \(status?["lastReload"]?["ms"]?.intValue ?? -1) ms; debounce \(debounce) ms")
        _ = subscriber.call("index.subscribe")

        guard let target = editTarget(work + "/sigma") else {
            print("reload: no Sigma rule file to edit")
            return 1
        }
        var visible: [Double] = []
        var notified: [Double] = []
        for n in 0..<edits {
            let title = "Bench edit \(n)"
            let started = save(target, title: title)
            while client.call("rule.get", #"{"id":"\#(target.id)"}"#)?["title"]?.stringValue != title {}
            visible.append(nowMs() - started - Double(debounce))
            if subscriber.readMessage(timeoutMs: 5_000) != nil { notified.append(nowMs() - started - Double(debounce)) }
            usleep(200_000)
        }
        print(String(format: "edit visible to rule.get after the debounce: p50 %.1f ms, max %.1f ms (%d edits; target <= 20 ms)",
                     percentile(visible, 50), visible.max() ?? 0, visible.count))

        var rescans: [Double] = []
        for _ in 0..<5 {
            let started = nowMs()
            _ = client.call("server.reload")
            rescans.append(nowMs() - started)
        }
        print(String(format: "server.reload full rescan: median %.0f ms, min %.0f ms", percentile(rescans, 50), rescans.min() ?? 0))

        let techniques = largestTechniques(client, 50)
        let idle = queryLatencies(client, techniques, seconds: seconds)
        let writer = ContinuousWriter(target: target)
        let generationBefore = client.call("server.status")?["generation"]?.intValue ?? 0
        writer.start()
        let busy = queryLatencies(client, techniques, seconds: seconds)
        writer.stop()
        let reloads = (client.call("server.status")?["generation"]?.intValue ?? 0) - generationBefore
        let idleP99 = percentile(idle, 99)
        let busyP99 = percentile(busy, 99)
        print(String(format: "technique.get limit 20, 50 largest: idle p50 %.3f p99 %.3f ms (%d queries)",
                     percentile(idle, 50), idleP99, idle.count))
        print(String(format: "  during continuous reloads (%d generations): p50 %.3f p99 %.3f ms (%d queries); p99 ratio %.2f (target <= 2)",
                     reloads, percentile(busy, 50), busyP99, busy.count, idleP99 > 0 ? busyP99 / idleP99 : 0))
        return 0
    }

    static func connect(_ path: String) -> BenchClient? {
        for _ in 0..<1_000 {
            if let client = BenchClient(path: path), client.call("server.ping") != nil { return client }
            usleep(10_000)
        }
        return nil
    }

    static func largestTechniques(_ client: BenchClient, _ count: Int) -> [String] {
        let items = client.call("coverage.matrix", #"{"limit":1000}"#)?["items"]?.arrayValue ?? []
        return items.sorted { ($0["total"]?.intValue ?? 0) > ($1["total"]?.intValue ?? 0) }
            .prefix(count).compactMap { $0["id"]?.stringValue }
    }

    static func queryLatencies(_ client: BenchClient, _ techniques: [String], seconds: Double) -> [Double] {
        var out: [Double] = []
        let end = nowMs() + seconds * 1000
        var i = 0
        while nowMs() < end, !techniques.isEmpty {
            let started = nowMs()
            _ = client.call("technique.get", #"{"id":"\#(techniques[i % techniques.count])","limit":20}"#)
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

    @discardableResult
    static func shell(_ tool: String, _ arguments: [String]) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = arguments
        do { try p.run() } catch { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }
}
