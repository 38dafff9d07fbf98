import Foundation
import RuleAtlasJSON
import RuleAtlasTestSupport
import Testing

/// `ruleatlas` on the built-in sample corpus, on rule files with very long values, and
/// `ruleatlas watch` following a rules folder.
@Suite struct CLILiveTests {
    @Test func techniquePageOnTheSampleCorpusCountsEveryVendor() throws {
        let daemon = CLIDaemons.sample
        let page = try #require(CLIDaemons.result(daemon, "technique.get", #"{"id":"T1543.003"}"#))
        let run = try CLIRun.run(["technique", "T1543.003"], socket: daemon.socketPath)
        #expect(run.status == 0)
        let byVendor = page["rulesByVendor"]?.objectValue ?? [:]
        #expect(byVendor.count >= 2, "the sample corpus has more than Sigma")
        let names = ["sigma": "Sigma", "elastic": "Elastic", "splunk": "Splunk", "kql": "Kusto Query Language"]
        let counts = byVendor.map { "\(names[$0.key] ?? $0.key) \($0.value.arrayValue?.count ?? -1)" }
        #expect(run.lines.contains("Rules: \(page["ruleCount"]?.intValue ?? -1)  (\(counts.joined(separator: ", ")))"), "\(run.stdout)")
        for (vendor, rules) in byVendor {
            let n = rules.arrayValue?.count ?? 0
            #expect(run.lines.contains("\(names[vendor] ?? vendor) \(n) rule\(n == 1 ? "" : "s")"))
            for rule in rules.arrayValue ?? [] { #expect(run.stdout.contains(rule["id"]?.stringValue ?? "?")) }
        }
    }

    @Test func longValuesAreShortenedInTablesButNotInJSON() throws {
        let rules = try TemporaryRules()
        let long = String(repeating: "verylongsegment\\", count: 30) + "payload.exe"
        let title = "Long value rule " + String(repeating: "x", count: 150)
        try rules.write("a.yml", SigmaText.rule(1, technique: "t1543.003", image: long, title: title))
        let escapes = SigmaText.rule(2, technique: "t1543.003", image: "PLACEHOLDER")
            .replacingOccurrences(of: "'\\\\PLACEHOLDER'", with: "\"multi\\nline\\tvalue.exe\"")
        #expect(escapes.contains("\"multi\\nline"))
        try rules.write("b.yml", escapes)
        let daemon = try CLIDaemons.loaded(DaemonProcess(["--rules", rules.root]))
        let socket = daemon.socketPath
        let cases: [([String], String)] = [
            (["technique", "T1543.003"], long), (["rule", SigmaText.id(1)], long),
            (["indicators", "--technique", "T1543.003"], long), (["search", "long value"], title),
        ]
        for (arguments, full) in cases {
            let run = try CLIRun.run(arguments, socket: socket)
            #expect(run.status == 0, "\(arguments) \(run.stderr)")
            #expect(!run.stdout.contains(full), "\(arguments)")
            #expect(run.stdout.contains("…"), "\(arguments)")
            #expect(run.lines.allSatisfy { $0.count <= 160 }, "\(arguments): \(run.lines.map(\.count).max() ?? 0) columns")
            #expect(!run.stdout.contains("multi\nline"), "control characters escaped: \(arguments)")
            let raw = try CLIRun.run(["--json"] + arguments, socket: socket)
            #expect(raw.status == 0)
            #expect(raw.stdout.contains(full.replacingOccurrences(of: "\\", with: "\\\\")), "--json is never shortened: \(arguments)")
        }
        let page = try CLIRun.run(["technique", "T1543.003"], socket: socket)
        #expect(page.stdout.contains("multi\\nline\\tvalue.exe"))
    }

    @Test func watchPrintsNotifications() throws {
        let rules = try TemporaryRules()
        try rules.write("a.yml", SigmaText.rule(1))
        let daemon = try CLIDaemons.loaded(DaemonProcess(["--rules", rules.root, "--debounce-ms", "30"]))
        let client = try SocketClient(path: daemon.socketPath)
        let connections = { client.call("server.status")?["result"]?["connections"]?.intValue ?? 0 }
        let before = connections()

        let outPath = daemon.directory + "/watch.out", errPath = daemon.directory + "/watch.err"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { unlink(outPath); unlink(errPath) }
        let watch = Process()
        watch.executableURL = URL(fileURLWithPath: CLIRun.binary)
        watch.arguments = ["--socket", daemon.socketPath, "watch", "--count", "2"]
        watch.standardOutput = FileHandle(forWritingAtPath: outPath)
        watch.standardError = FileHandle(forWritingAtPath: errPath)
        try watch.run()
        defer { if watch.isRunning { kill(watch.processIdentifier, SIGKILL) } }
        let deadline = Date().addingTimeInterval(10)
        // The watcher says so on stderr once its subscription is in place.
        func subscribed() -> Bool { ((try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "").contains("watching ") }
        while !subscribed() && Date() < deadline { usleep(10_000) }
        #expect(subscribed())
        #expect(connections() > before)

        try rules.write("b.yml", SigmaText.rule(2))
        while (client.call("server.status")?["result"]?["generation"]?.intValue ?? 0) < 2 && Date() < deadline { usleep(10_000) }
        try rules.write("c.yml", SigmaText.halfWritten(3))
        while watch.isRunning && Date() < deadline.addingTimeInterval(10) { usleep(10_000) }
        #expect(!watch.isRunning)
        #expect(watch.terminationStatus == 0)
        let lines = ((try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        #expect(lines.first == "generation 2: 1 file changed (1 added, 0 removed, 0 updated)", "\(lines)")
        #expect(lines.dropFirst().first == "  " + rules.path("b.yml"))
        #expect(lines.contains { $0.hasPrefix("generation 3: 1 file changed") })
        #expect(lines.contains { $0.hasPrefix("  error \(rules.path("c.yml")):") }, "the diagnostic: \(lines)")
    }

    @Test func watchJSONPrintsRawNotifications() throws {
        let rules = try TemporaryRules()
        let daemon = try CLIDaemons.loaded(DaemonProcess(["--rules", rules.root, "--debounce-ms", "30"]))
        let client = try SocketClient(path: daemon.socketPath)
        let before = client.call("server.status")?["result"]?["connections"]?.intValue ?? 0
        let outPath = daemon.directory + "/watch.out"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        defer { unlink(outPath) }
        let watch = Process()
        watch.executableURL = URL(fileURLWithPath: CLIRun.binary)
        watch.arguments = ["--socket", daemon.socketPath, "--json", "watch", "--count", "1"]
        watch.standardOutput = FileHandle(forWritingAtPath: outPath)
        try watch.run()
        defer { if watch.isRunning { kill(watch.processIdentifier, SIGKILL) } }
        let deadline = Date().addingTimeInterval(10)
        while (client.call("server.status")?["result"]?["connections"]?.intValue ?? 0) <= before && Date() < deadline { usleep(10_000) }
        usleep(100_000)
        try rules.write("a.yml", SigmaText.rule(1))
        while watch.isRunning && Date() < deadline.addingTimeInterval(5) { usleep(10_000) }
        #expect(watch.terminationStatus == 0)
        let text = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let message = try JSONParser.parse(text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(message["method"] == "index.changed")
        #expect(message["params"]?["added"]?.intValue == 1)
        #expect(message["params"]?["changed"]?.arrayValue?.first?.stringValue == rules.path("a.yml"))
    }

    @Test func watchExitsThreeWhenTheDaemonGoesAway() throws {
        let daemon = try DaemonProcess()
        let outPath = daemon.directory + "/watch.out", errPath = daemon.directory + "/watch.err"
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { unlink(outPath); unlink(errPath) }
        let watch = Process()
        watch.executableURL = URL(fileURLWithPath: CLIRun.binary)
        watch.arguments = ["--socket", daemon.socketPath, "watch"]
        watch.standardOutput = FileHandle.nullDevice
        watch.standardError = FileHandle(forWritingAtPath: errPath)
        try watch.run()
        defer { if watch.isRunning { kill(watch.processIdentifier, SIGKILL) } }
        func stderr() -> String { (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "" }
        let deadline = Date().addingTimeInterval(10)
        while !stderr().contains("watching ") && Date() < deadline { usleep(10_000) }
        #expect(daemon.stop() == 0)
        while watch.isRunning && Date() < deadline.addingTimeInterval(10) { usleep(10_000) }
        #expect(watch.terminationStatus == 3)
        let lines = stderr().split(separator: "\n").map(String.init)
        #expect(lines.first == "watching \(daemon.socketPath) for index changes")
        #expect(lines.dropFirst().first?.hasPrefix("ruleatlas: no daemon at \(daemon.socketPath)") == true, "\(lines)")
    }
}
