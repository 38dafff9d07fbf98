import Foundation
import RuleAtlasJSON
import RuleAtlasTestSupport
import Testing

/// Live reload under load: a checkout-sized burst, a writer that never stops, another user.
@Suite(.serialized) struct LiveReloadLoadTests {
    static let techniques = ["t1059.001", "t1003", "t1543.003", "t1547.001", "t1685", "t1218.011", "t1105"]
    static let images = ["a.exe", "b.exe", "c.exe", "sc.exe", "powershell.exe"]

    static func variant(_ n: Int, _ seed: Int) -> String {
        SigmaText.rule(n, technique: techniques[(n + seed) % techniques.count], image: images[(n + seed * 3) % images.count],
                       title: "Rule \(n) v\(seed)")
    }

    @Test func aThousandFilesReplacedAtOnceEndAsAFreshStartDoes() throws {
        let rules = try TemporaryRules()
        for n in 0..<1_050 { try rules.write("d\(n % 20)/r\(n).yml", Self.variant(n, 0)) }
        let live = try LiveDaemon(rules: rules, arguments: ["--debounce-ms", "100"])
        #expect(live.status?["rules"]?["total"]?.intValue == 1_050)

        // The checkout: 1,000 files rewritten, 50 deleted, 50 created in a new directory.
        for n in 0..<1_000 { try rules.write("d\(n % 20)/r\(n).yml", Self.variant(n, 1)) }
        for n in 1_000..<1_050 { try rules.remove("d\(n % 20)/r\(n).yml") }
        for n in 2_000..<2_050 { try rules.write("new/r\(n).yml", Self.variant(n, 1)) }
        live.settle()

        let fresh = try LiveDaemon(rules: rules)
        let matrix = #"{"all":true,"includeDeprecated":true,"limit":1000}"#
        let liveMatrix = try #require(live.result("coverage.matrix", matrix))
        #expect(liveMatrix == fresh.result("coverage.matrix", matrix))
        #expect(live.status?["rules"] == fresh.status?["rules"])
        #expect(live.status?["files"] == fresh.status?["files"])
        for t in Self.techniques + ["t1059", "t1543", "t1547", "t1218"] {
            let page = try #require(live.result("technique.get", #"{"id":"\#(t)","limit":1000}"#))
            #expect(page == fresh.result("technique.get", #"{"id":"\#(t)","limit":1000}"#))
        }
        // The layer names its generation in its description; everything else is equal.
        func techniques(_ layer: JSON?) -> JSON? { layer?["techniques"] }
        let layer = techniques(live.result("coverage.layer"))
        #expect(layer?.arrayValue?.isEmpty == false)
        #expect(layer == techniques(fresh.result("coverage.layer")))
    }

    @Test func queriesWhileAWriterEditsWithoutPauseSeeOneWholeGeneration() throws {
        let rules = try TemporaryRules()
        let count = 40
        // Each file holds one rule under T1001 (title A) or T1002 (title B), never both.
        @Sendable func text(_ n: Int, _ b: Bool) -> String { SigmaText.rule(n, technique: b ? "t1002" : "t1001", title: b ? "B" : "A") }
        for n in 0..<count { try rules.write("r\(n).yml", text(n, false)) }
        let live = try LiveDaemon(rules: rules, arguments: ["--debounce-ms", "5"])
        let path = live.daemon.socketPath

        let stop = StopFlag()
        let writer = Thread {
            var i = 0
            while !stop.isSet {
                try? rules.save("r\(i % count).yml", text(i % count, (i / count) % 2 == 0))
                i += 1
                usleep(2_000)
            }
        }
        writer.start()
        let failures = Failures()
        let readers = (0..<3).map { r in
            Thread {
                guard let client = try? SocketClient(path: path) else { return failures.add("reader \(r) cannot connect") }
                var id = 0
                let deadline = Date().addingTimeInterval(2)
                while Date() < deadline {
                    id += 1
                    guard let matrix = client.call("coverage.matrix", id: id, params: #"{"limit":1000}"#)?["result"] else {
                        return failures.add("coverage.matrix failed")
                    }
                    let totals = (matrix["items"]?.arrayValue ?? []).filter { ["T1001", "T1002"].contains($0["id"]?.stringValue ?? "") }
                        .map { $0["total"]?.intValue ?? 0 }
                    if totals.reduce(0, +) != count { failures.add("torn coverage.matrix: \(totals)") }
                    id += 1
                    guard let page = client.call("technique.get", id: id, params: #"{"id":"T1001"}"#)?["result"] else {
                        return failures.add("technique.get failed")
                    }
                    let listed = page["rulesByVendor"]?["sigma"]?.arrayValue ?? []
                    if listed.count != page["ruleCount"]?.intValue ?? -1 || listed.contains(where: { $0["title"]?.stringValue != "A" }) {
                        failures.add("torn technique.get: \(page["ruleCount"]?.intValue ?? -1) vs \(listed.count)")
                    }
                }
                failures.addQueries(id)
            }
        }
        readers.forEach { $0.start() }
        usleep(2_300_000)
        stop.set()
        usleep(100_000)
        #expect(failures.messages.isEmpty, "\(failures.messages.prefix(5))")
        #expect(failures.queries > 100)
        #expect(live.generation > 5)
    }

    @Test func filesTheDaemonCannotReadAreDiagnosticsAndKeepTheirLastGoodRules() throws {
        let rules = try TemporaryRules()
        chmod(rules.root, 0o755)
        try rules.write("ok.yml", SigmaText.rule(1))
        try rules.write("secret.yml", SigmaText.rule(2))
        try rules.write("later.yml", SigmaText.rule(3))
        chmod(rules.path("ok.yml"), 0o644)
        chmod(rules.path("secret.yml"), 0o600)
        chmod(rules.path("later.yml"), 0o644)
        // The daemon runs as nobody; its socket directory must belong to nobody.
        let launcher = ["/bin/sh", "-c", #"d=$(dirname "$1"); chown 65534:65534 "$d" "$d/stderr.log"; shift; exec setpriv --reuid=65534 --regid=65534 --clear-groups "$@""#, "sh", "{socket}"]
        let live = try LiveDaemon(rules: rules, launcher: launcher)
        let status = try #require(live.status)
        #expect(status["rules"]?["total"]?.intValue == 2)
        #expect(status["diagnostics"]?.arrayValue?.contains {
            $0["path"]?.stringValue == rules.path("secret.yml") && ($0["message"]?.stringValue ?? "").contains("ermission denied")
        } == true)

        // Readable now: its rule arrives.
        chmod(rules.path("secret.yml"), 0o644)
        _ = live.changes { $0["added"]?.intValue == 1 }
        #expect(live.status?["rules"]?["total"]?.intValue == 3)
        // Unreadable after it was good: the rule stays, with the diagnostic.
        chmod(rules.path("later.yml"), 0o600)
        let change = try #require(live.nextChange())
        #expect(change.paths == [rules.path("later.yml")])
        #expect(live.status?["rules"]?["total"]?.intValue == 3)
        #expect(change["diagnostics"]?.arrayValue?.contains { ($0["message"]?.stringValue ?? "").contains("last version that parsed") } == true)
    }

    @Test func watchCommandPrintsEachReload() throws {
        let rules = try TemporaryRules()
        try rules.write("a.yml", SigmaText.rule(1))
        let live = try LiveDaemon(rules: rules)
        for json in [false, true] {
            let watch = Process()
            watch.executableURL = URL(fileURLWithPath: DaemonProcess.executableDirectory + "/ruleatlas")
            watch.arguments = ["--socket", live.daemon.socketPath, "watch", "--count", "1"] + (json ? ["--json"] : [])
            let out = Pipe()
            watch.standardOutput = out
            try watch.run()
            // Wait until the watcher is subscribed (two subscribers: ours and its).
            usleep(300_000)
            try rules.save("a.yml", SigmaText.rule(1, technique: json ? "t1003" : "t1105"))
            watch.waitUntilExit()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(watch.terminationStatus == 0)
            if json {
                let line = try JSONParser.parse(Array(text.split(separator: "\n")[0].utf8))
                #expect(line["method"]?.stringValue == "index.changed")
                #expect(line["params"]?["updated"]?.intValue == 1)
            } else {
                #expect(text.hasPrefix("generation 2: 1 file changed (0 added, 0 removed, 1 updated)\n  \(rules.path("a.yml"))"))
            }
        }
    }
}

/// A stop flag shared with threads.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

/// Failures and query counts gathered from reader threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    private var count = 0
    var messages: [String] { lock.withLock { list } }
    var queries: Int { lock.withLock { count } }
    func add(_ message: String) { lock.withLock { list.append(message) } }
    func addQueries(_ n: Int) { lock.withLock { count += n } }
}
