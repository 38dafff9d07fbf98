import Foundation
import RuleAtlasJSON
import RuleAtlasTestSupport
import Testing

/// Live reload end to end: real files in a temporary directory, the real daemon, its socket.
@Suite(.serialized) struct LiveReloadTests {
    @Test func editCreateDeleteAndRenameFilesAndDirectories() throws {
        let rules = try TemporaryRules()
        try rules.write("a.yml", SigmaText.rule(1))
        try rules.write("sub/b.yml", SigmaText.rule(2))
        let live = try LiveDaemon(rules: rules)
        #expect(live.ruleCount("T1059.001") == 2)

        // Edit (an editor's save: temporary file renamed over the rule).
        try rules.save("a.yml", SigmaText.rule(1, technique: "t1003"))
        let edit = try #require(live.nextChange())
        #expect(edit.paths == [rules.path("a.yml")])
        #expect(edit["updated"]?.intValue == 1)
        #expect(edit["generation"]?.intValue == 2)
        #expect(live.ruleCount("T1003") == 1)
        #expect(live.ruleCount("T1059.001") == 1)

        // Create.
        try rules.write("sub/c.yml", SigmaText.rule(3))
        #expect(live.changes { $0["added"]?.intValue == 1 }.last?.paths == [rules.path("sub/c.yml")])
        #expect(live.ruleCount("T1059.001") == 2)

        // Rename: the rule moves.
        try rules.move("sub/c.yml", "c2.yml")
        _ = live.changes { $0.paths.contains(rules.path("c2.yml")) }
        #expect(live.result("rule.get", #"{"id":"\#(SigmaText.id(3))"}"#)?["path"]?.stringValue == rules.path("c2.yml"))

        // Delete.
        try rules.remove("c2.yml")
        #expect(live.changes { $0["removed"]?.intValue == 1 }.isEmpty == false)
        #expect(live.ruleCount("T1059.001") == 1)

        // A directory renamed, then deleted.
        try rules.move("sub", "moved")
        _ = live.changes { $0.paths.contains(rules.path("moved/b.yml")) }
        #expect(live.result("rule.get", #"{"id":"\#(SigmaText.id(2))"}"#)?["path"]?.stringValue == rules.path("moved/b.yml"))
        try rules.write("moved/d.yml", SigmaText.rule(4))
        _ = live.changes { $0.paths.contains(rules.path("moved/d.yml")) }
        #expect(live.ruleCount("T1059.001") == 2)
        try FileManager.default.removeItem(atPath: rules.path("moved"))
        _ = live.changes { $0["removed"]?.intValue == 2 }
        #expect(live.ruleCount("T1059.001") == 0)
        #expect(live.status?["rules"]?["total"]?.intValue == 1)
    }

    @Test func halfWrittenFileKeepsItsRulesWithADiagnosticUntilFixed() throws {
        let rules = try TemporaryRules()
        try rules.write("a.yml", SigmaText.rule(1))
        let live = try LiveDaemon(rules: rules)
        try rules.write("a.yml", SigmaText.halfWritten(1))
        let broken = try #require(live.nextChange())
        let messages = (broken["diagnostics"]?.arrayValue ?? []).compactMap { $0["message"]?.stringValue }
        #expect(messages.contains { $0.contains("last version that parsed") })
        #expect(broken["diagnostics"]?.arrayValue?.contains { $0["severity"]?.stringValue == "error" && ($0["line"]?.intValue ?? 0) > 0 } == true)
        #expect(live.ruleCount("T1059.001") == 1)
        let status = try #require(live.status)
        #expect(status["diagnostics"]?.arrayValue?.contains { $0["path"]?.stringValue == rules.path("a.yml") } == true)

        try rules.write("a.yml", SigmaText.rule(1, technique: "t1003"))
        let fixed = try #require(live.nextChange())
        #expect(fixed["diagnostics"]?.arrayValue?.isEmpty == true)
        #expect(live.ruleCount("T1003") == 1)
        #expect(live.status?["diagnostics"]?.arrayValue?.isEmpty == true)
    }

    @Test func aRootThatDisappearsEmptiesAndIsWatchedAgain() throws {
        let rules = try TemporaryRules()
        try rules.write("a.yml", SigmaText.rule(1))
        let live = try LiveDaemon(rules: rules)
        try FileManager.default.removeItem(atPath: rules.root)
        #expect(live.nextChange()?["removed"]?.intValue == 1)
        #expect(live.status?["rules"]?["total"]?.intValue == 0)
        try rules.write("b.yml", SigmaText.rule(2))
        _ = live.changes { $0["added"]?.intValue == 1 }
        try rules.write("c.yml", SigmaText.rule(3))
        _ = live.changes { $0.paths.contains(rules.path("c.yml")) }
        #expect(live.status?["rules"]?["total"]?.intValue == 2)
    }

    @Test func symlinkLoopsDoNotHangTheWatcher() throws {
        let rules = try TemporaryRules()
        try rules.write("a/r.yml", SigmaText.rule(1))
        #expect(symlink(rules.root, rules.path("a/loop")) == 0)
        let live = try LiveDaemon(rules: rules)
        #expect(live.status?["rules"]?["total"]?.intValue == 1)
        #expect(symlink(rules.path("a"), rules.path("a/loop2")) == 0)
        try rules.write("a/s.yml", SigmaText.rule(2))
        _ = live.changes { $0.paths.contains(rules.path("a/s.yml")) }
        #expect(live.status?["rules"]?["total"]?.intValue == 2)
    }

    @Test func serverReloadAndSIGHUPRescanWithoutWatching() throws {
        let rules = try TemporaryRules()
        try rules.write("a.yml", SigmaText.rule(1))
        let live = try LiveDaemon(rules: rules, arguments: ["--no-watch"])
        try rules.write("b.yml", SigmaText.rule(2))
        usleep(200_000)
        #expect(live.generation == 1)
        #expect(live.result("server.reload")?["generation"]?.intValue == 2)
        #expect(live.status?["rules"]?["total"]?.intValue == 2)
        #expect(live.status?["lastReload"]?["files"]?.intValue == 2)
        #expect(live.nextChange()?["added"]?.intValue == 1)
        // Nothing changed: the generation stays.
        #expect(live.result("server.reload")?["generation"]?.intValue == 2)

        try rules.remove("a.yml")
        kill(live.daemon.pid, SIGHUP)
        let change = try #require(live.nextChange())
        #expect(change["generation"]?.intValue == 3)
        #expect(change["removed"]?.intValue == 1)
    }

    @Test func unsubscribedAndClosedConnectionsGetNothing() throws {
        let rules = try TemporaryRules()
        try rules.write("a.yml", SigmaText.rule(1))
        let live = try LiveDaemon(rules: rules)
        let other = try SocketClient(path: live.daemon.socketPath)
        #expect(other.call("index.subscribe")?["result"] == .bool(true))
        #expect(other.call("index.unsubscribe", id: 2)?["result"] == .bool(true))
        var gone: SocketClient? = try SocketClient(path: live.daemon.socketPath)
        #expect(gone?.call("index.subscribe")?["result"] == .bool(true))
        gone = nil
        try rules.write("b.yml", SigmaText.rule(2))
        #expect(live.nextChange() != nil)
        #expect(other.readJSON(timeout: 0.3) == nil)
        #expect(live.result("server.ping")?.stringValue == "pong")
    }

    @Test func aSubscriberThatNeverReadsIsDroppedAndOthersAreServed() throws {
        let rules = try TemporaryRules()
        let name = String(repeating: "a-rule-file-with-a-long-name-", count: 5)
        for n in 0..<200 { try rules.write("\(name)\(n).yml", SigmaText.rule(n)) }
        let live = try LiveDaemon(rules: rules, arguments: ["--output-pause-bytes", "8K", "--output-drop-bytes", "32K"])
        let slow = try SocketClient(path: live.daemon.socketPath)
        #expect(slow.call("index.subscribe")?["result"] == .bool(true))
        // Each round changes every file: one notification listing 200 long paths (~40 KB).
        for round in 1...10 {
            let generation = live.generation
            for n in 0..<200 { try rules.write("\(name)\(n).yml", SigmaText.rule(n, title: "Round \(round) rule \(n)")) }
            let deadline = Date().addingTimeInterval(10)
            while live.generation == generation, Date() < deadline { usleep(20_000) }
            _ = live.nextChange(timeout: 0.01)
        }
        #expect(slow.waitForClose(timeout: 5))
        #expect(live.result("server.ping")?.stringValue == "pong")
        #expect(live.status?["rules"]?["total"]?.intValue == 200)
    }
}

/// `server.reload` is a deferred reply: the rescan runs off the loop, other clients are
/// answered meanwhile, and batches holding it still get one reply.
@Suite(.serialized) struct DeferredReloadTests {
    static func rules(_ count: Int) throws -> TemporaryRules {
        let rules = try TemporaryRules()
        for n in 0..<count { try rules.write("d\(n % 20)/r\(n).yml", SigmaText.rule(n, title: "Rule \(n)")) }
        return rules
    }

    @Test func pingsAreAnsweredQuicklyWhileAReloadRuns() throws {
        let rules = try Self.rules(2_000)
        let live = try LiveDaemon(rules: rules, arguments: ["--no-watch"])
        try rules.write("extra.yml", SigmaText.rule(5_000))
        let pinger = try SocketClient(path: live.daemon.socketPath)
        #expect(live.client.send(#"{"jsonrpc":"2.0","id":"reload","method":"server.reload"}"# + "\n"))
        let started = Date()
        var latencies: [Double] = []
        var reply: JSON?
        while reply == nil, Date().timeIntervalSince(started) < 60 {
            let t = Date()
            #expect(pinger.call("server.ping", id: latencies.count + 1)?["result"] != nil)
            latencies.append(Date().timeIntervalSince(t) * 1000)
            if latencies.count % 5 == 0 { reply = live.client.readJSON(timeout: 0.001) }
        }
        let reloadMs = Date().timeIntervalSince(started) * 1000
        #expect(reply?["id"] == "reload")
        #expect(reply?["result"]?["generation"]?.intValue == 2)
        // The rescan of 2,001 files takes hundreds of milliseconds in a debug build; pings
        // kept being answered through it, each far faster than the rescan.
        let sorted = latencies.sorted()
        #expect(latencies.count >= 10, "only \(latencies.count) pings in \(reloadMs) ms")
        #expect(sorted[sorted.count / 2] < max(20, reloadMs / 10), "ping p50 \(sorted[sorted.count / 2]) ms, reload \(reloadMs) ms")
        #expect(live.status?["rules"]?["total"]?.intValue == 2_001)
    }

    @Test func aBatchWithAReloadGetsOneReplyInOrder() throws {
        let rules = try Self.rules(10)
        let live = try LiveDaemon(rules: rules, arguments: ["--no-watch"])
        try rules.write("extra.yml", SigmaText.rule(5_000))
        let batch = #"[{"jsonrpc":"2.0","id":1,"method":"server.ping"},{"jsonrpc":"2.0","id":2,"method":"server.reload"},"#
            + #"{"jsonrpc":"2.0","method":"server.ping"},{"jsonrpc":"2.0","id":3,"method":"server.ping"}]"#
        #expect(live.client.send(batch + "\n"))
        let reply = try #require(live.client.readJSON())
        let items = try #require(reply.arrayValue)
        #expect(items.map { $0["id"] } == [1, 2, 3])
        #expect(items[1]["result"]?["generation"]?.intValue == 2)
        #expect(live.client.readJSON(timeout: 0.3) == nil)
    }

    @Test func aClientThatLeavesDuringAReloadDoesNotHurtTheDaemon() throws {
        let rules = try Self.rules(1_000)
        let live = try LiveDaemon(rules: rules, arguments: ["--no-watch"])
        for _ in 0..<5 {
            let leaving = try SocketClient(path: live.daemon.socketPath)
            #expect(leaving.send(#"{"jsonrpc":"2.0","id":1,"method":"server.reload"}"# + "\n"))
        }
        // The leaving clients are closed now (deinit); their replies are dropped.
        #expect(live.result("server.reload")?["generation"]?.intValue == 1)
        #expect(live.result("server.ping") != nil)
    }
}
