import Foundation
import RuleAtlasJSON
import RuleAtlasTestSupport
import Testing

/// `ruleatlas analyze` and `ruleatlas suggest` against a daemon on the real Sigma corpus,
/// checked against the same daemon's JSON-RPC answers.
@Suite struct CLIAuthoringTests {
    var daemon: DaemonProcess { CLIDaemons.sigma }
    var socket: String { daemon.socketPath }
    static let ruleFile = SharedData.sigmaRules.appendingPathComponent("windows/process_creation/proc_creation_win_sc_create_service.yml").path

    func draftFile(_ text: String) throws -> String {
        let path = DaemonProcess.makeDirectory() + "/draft.yml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func analyzeShowsTheRuleAsRuleGetDoes() throws {
        let run = try CLIRun.run(["analyze", Self.ruleFile], socket: socket)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: Self.ruleFile, encoding: .utf8)
        let direct = try #require(CLIDaemons.result(daemon, "authoring.analyze", JSON.object(["text": JSON(text)]).compactString))
        let rule = try #require(direct["rule"])
        #expect(run.lines.first == rule["title"]?.stringValue)
        let predicates = rule["predicates"]?.arrayValue ?? []
        let section = run.section("Predicates")
        #expect(section.first == "Predicates (\(predicates.count))")
        for (p, line) in zip(predicates, section.dropFirst(3)) {
            #expect(line.hasPrefix(p["polarity"]?.stringValue ?? "?"), "\(line)")
            #expect(line.contains(p["value"]?.stringValue ?? "?"), "\(line)")
        }
        let json = try CLIRun.run(["--json", "analyze", Self.ruleFile], socket: socket)
        #expect(json.json == direct)
    }

    @Test func analyzeExitsOneOnErrorsAndReadsStandardInput() throws {
        let broken = try draftFile("title: x\nlogsource: {product: windows}\ndetection:\n  sel: {A: b}\n  condition: sel and\n")
        let run = try CLIRun.run(["analyze", broken], socket: socket)
        #expect(run.status == 1)
        #expect(run.stdout.contains("No rule could be read."))
        #expect(run.section("Diagnostics").contains { $0.hasPrefix("error") && $0.contains("5:") })
        #expect(try CLIRun.run(["analyze", "/nonexistent/draft.yml"], socket: socket).status == 2)
        #expect(try CLIRun.run(["analyze"], socket: socket).status == 2)
    }

    @Test func suggestListsTheDaemonsSuggestions() throws {
        let direct = try #require(CLIDaemons.result(daemon, "authoring.suggest", #"{"technique":"T1543.003"}"#))
        let run = try CLIRun.run(["suggest", "--technique", "T1543.003"], socket: socket)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.lines.first == "Suggestions for T1543.003")
        let suggestions = direct["suggestions"]?.arrayValue ?? []
        #expect(!suggestions.isEmpty)
        let rows = Array(run.lines.dropFirst(4).filter { !$0.isEmpty })
        #expect(rows.count == suggestions.count)
        for (s, line) in zip(suggestions, rows) {
            #expect(line.hasPrefix(s["kind"]?.stringValue ?? "?"), "\(line)")
        }
        let draft = try CLIRun.run(["--json", "suggest", Self.ruleFile], socket: socket)
        #expect(draft.status == 0)
        let similar = draft.json?["suggestions"]?.arrayValue?.first { $0["kind"]?.stringValue == "similar-rule" }
        #expect(similar?["ruleId"]?.stringValue == "85ff530b-261d-48c6-a441-facaa2e81e48")
        #expect(try CLIRun.run(["suggest"], socket: socket).status == 2)
    }
}
