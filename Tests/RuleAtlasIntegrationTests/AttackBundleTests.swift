import Foundation
import RuleAtlasJSON
import RuleAtlasTestSupport
import Testing

/// `--attack`: the rules are served first with the built-in names, the bundle (read on a
/// thread that only uses idle cores) re-labels the same snapshot when it is read.
@Suite struct AttackBundleTests {
    @Test func theBundleRelabelsTheServedSnapshot() throws {
        let daemon = try DaemonProcess([
            "--rules", SharedData.sigmaRules.path, "--attack", SharedData.attackBundle.path, "--log-level", "info",
        ])
        defer { _ = daemon.stop() }
        let client = try SocketClient(path: daemon.socketPath)
        let params = #"{"id": "T1543.003", "limit": 1}"#
        var first: JSON? = nil
        var relabelled: JSON? = nil
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, relabelled == nil {
            let page = client.call("technique.get", params: params)?["result"]
            if first == nil, page?["ruleCount"]?.intValue ?? 0 > 0 { first = page }
            if page?["technique"]?["description"]?.stringValue != nil { relabelled = page } else { usleep(10_000) }
        }
        let page = try #require(relabelled)
        #expect(page["technique"]?["name"]?.stringValue == "Windows Service")
        #expect(page["technique"]?["description"]?.stringValue?.contains("Windows service") == true)
        // Re-labelling changes names, not counts: the same generation and rules as first served.
        #expect(page["generation"] == first?["generation"])
        #expect(page["ruleCount"] == first?["ruleCount"])
        let status = client.call("server.status")?["result"]
        #expect(status?["generation"]?.intValue == 1)
        // The log says each step happened: rules served, technique aggregates made, bundle read.
        var log = daemon.stderrText()
        for _ in 0..<100 where !log.contains("technique aggregates made") {
            usleep(20_000)
            log = daemon.stderrText()
        }
        #expect(log.contains("index loaded: generation 1"))
        #expect(log.contains("technique aggregates made: generation 1"))
        #expect(log.contains("ATT&CK bundle loaded"))
    }
}
