import Foundation
import RuleAtlasJSON
import RuleAtlasTestSupport
import Testing

/// `ruleatlas technique`, `search`, `rule`, `indicators` and `layer` against a daemon on the
/// real Sigma corpus, each checked against what the same daemon answers over JSON-RPC.
@Suite struct CLIQueryTests {
    var daemon: DaemonProcess { CLIDaemons.sigma }
    var socket: String { daemon.socketPath }

    func direct(_ method: String, _ params: String? = nil) throws -> JSON {
        try #require(CLIDaemons.result(daemon, method, params), "\(method) \(params ?? "")")
    }

    @Test func techniquePageShowsWhatTechniqueGetReturns() throws {
        let page = try direct("technique.get", #"{"id":"T1543.003"}"#)
        let run = try CLIRun.run(["technique", "T1543.003"], socket: socket)
        #expect(run.status == 0, "\(run.stderr)")
        let name = try #require(page["technique"]?["name"]?.stringValue)
        #expect(run.lines[0].hasSuffix("\(name)  T1543.003"), "\(run.lines[0])")
        #expect(run.lines[0].hasPrefix("Create or Modify System Process: "), "parent name first: \(run.lines[0])")
        #expect(run.lines[1].contains("tactics: persistence"))

        let ruleCount = try #require(page["ruleCount"]?.intValue)
        let sigmaRules = page["rulesByVendor"]?["sigma"]?.arrayValue ?? []
        #expect(ruleCount > 20 && sigmaRules.count == ruleCount)
        #expect(run.lines.contains("Rules: \(ruleCount)  (Sigma \(sigmaRules.count))"))

        let events = page["events"]?.arrayValue ?? []
        let eventLines = run.section("Events covered")
        #expect(!events.isEmpty && eventLines.first == "Events covered (\(events.count))")
        #expect(eventLines.count == events.count + 3)
        for (event, line) in zip(events, eventLines.dropFirst(3)) {
            let cells = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            #expect(cells[0] == event["provider"]?.stringValue)
            #expect(cells[1] == event["eventId"]?.compactString)
            #expect(cells[2] == event["rules"]?.compactString)
            #expect(cells[3] == event["link"]?.stringValue)
        }

        let fields = page["fields"]?.arrayValue ?? []
        let fieldLines = run.section("Fields filtered most")
        #expect(fieldLines.first == "Fields filtered most (\(page["distinctFields"]?.intValue ?? -1) distinct)")
        #expect(fields.count == min(20, page["distinctFields"]?.intValue ?? -1) && fieldLines.count == fields.count + 3)
        for (field, line) in zip(fields, fieldLines.dropFirst(3)) {
            let cells = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            #expect(cells[0] == field["field"]?.stringValue && cells[1] == field["rules"]?.compactString, "\(line)")
            let topOp = (field["ops"]?.objectValue ?? [:]).max { ($0.value.intValue ?? 0, $1.key) < ($1.value.intValue ?? 0, $0.key) }
            #expect(cells[2] == topOp?.key, "the most used operator first: \(line)")
        }

        let indicators = page["indicators"]?.arrayValue ?? []
        let indicatorLines = run.section("Top indicator values")
        #expect(indicatorLines.first == "Top indicator values (\(page["distinctIndicators"]?.intValue ?? -1) distinct)")
        #expect(indicators.count == min(20, page["distinctIndicators"]?.intValue ?? -1) && indicatorLines.count == indicators.count + 3)
        for (indicator, line) in zip(indicators, indicatorLines.dropFirst(3)) {
            let here = indicator["rulesHere"]?.intValue ?? -1, reach = indicator["corpusReach"]?.intValue ?? -1
            let cells = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            #expect(cells[0] == indicator["field"]?.stringValue && cells[1] == indicator["op"]?.stringValue && cells[2] == String(here), "\(line)")
            #expect(reach == here ? line.contains(" only here ") : cells[3] == String(reach), "\(line)")
        }
        #expect(indicators.contains { ($0["corpusReach"]?.intValue ?? 0) > ($0["rulesHere"]?.intValue ?? 0) }, "reach beyond the technique shown")

        let exclusions = page["exclusions"]?.arrayValue ?? []
        let exclusionLines = run.section("Common exclusions")
        #expect(!exclusions.isEmpty && exclusionLines.count == exclusions.count + 3)
        for (exclusion, line) in zip(exclusions, exclusionLines.dropFirst(3)) {
            #expect(line.hasPrefix(exclusion["field"]?.stringValue ?? "?"))
            #expect(line.contains(" \(exclusion["rules"]?.intValue ?? -1)  "), "\(line)")
        }

        let rulesTitle = try #require(run.lines.firstIndex(of: "Rules under this technique"))
        #expect(run.lines[rulesTitle + 2] == "Sigma \(sigmaRules.count) rules")
        for rule in sigmaRules {
            let id = try #require(rule["id"]?.stringValue)
            #expect(run.lines[(rulesTitle + 3)...].contains { $0.hasSuffix("  " + id) && $0.hasPrefix(rule["level"]?.stringValue ?? "-") })
        }
        #expect(run.lines.allSatisfy { $0.count <= 160 }, "fits a 160-column terminal")
    }

    @Test func techniqueJSONIsTheRawResult() throws {
        let page = try direct("technique.get", #"{"id":"t1543.003","limit":5}"#)
        let run = try CLIRun.run(["technique", "--json", "--limit", "5", "t1543.003"], socket: socket)
        #expect(run.status == 0)
        #expect(run.stdout == page.compactString + "\n")
        let short = try CLIRun.run(["technique", "--limit", "5", "T1543.003"], socket: socket)
        #expect(short.section("Top indicator values").count == 5 + 3)
    }

    @Test func techniqueFiltersByVendor() throws {
        let none = try CLIRun.run(["technique", "--json", "--vendor", "elastic", "T1543.003"], socket: socket)
        let direct = try direct("technique.get", #"{"id":"T1543.003","vendors":["elastic"]}"#)
        #expect(none.status == 0 && none.json == direct)
        #expect(direct["ruleCount"]?.intValue == 0)
    }

    @Test func aParentTechniquePageFitsTheTerminalToo() throws {
        let page = try direct("technique.get", #"{"id":"T1059","includeDeprecated":true}"#)
        #expect((page["technique"]?["subtechniques"]?.arrayValue?.count ?? 0) >= 10)
        let run = try CLIRun.run(["technique", "--include-deprecated", "T1059"], socket: socket)
        #expect(run.status == 0)
        #expect(run.lines[0] == "\(page["technique"]?["name"]?.stringValue ?? "?")  T1059", "no parent, no prefix")
        #expect(run.stdout.contains("sub-techniques: T1059.001, T1059.002"))
        #expect(run.lines.contains("Rules: \(page["ruleCount"]?.intValue ?? -1)  (Sigma \(page["ruleCount"]?.intValue ?? -1))"))
        #expect(run.lines.allSatisfy { $0.count <= 160 }, "\(run.lines.map(\.count).max() ?? 0) columns")
        let raw = try CLIRun.run(["technique", "--json", "--include-deprecated", "T1059"], socket: socket)
        #expect(raw.json == page)
    }

    @Test func unknownTechniqueExitsOneWithAClearMessage() throws {
        let unknown = try CLIRun.run(["technique", "T9999.999"], socket: socket)
        #expect(unknown.status == 1)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr.hasPrefix("ruleatlas: error 1001: "))
        #expect(unknown.stderr.contains("T9999.999"), "\(unknown.stderr)")
        let malformed = try CLIRun.run(["technique", "X1"], socket: socket)
        #expect(malformed.status == 1)
        #expect(malformed.stderr.hasPrefix("ruleatlas: error 1002: "), "\(malformed.stderr)")
    }

    @Test func searchFindsTechniquesAndRules() throws {
        let techniques = try direct("technique.search", #"{"query":"service"}"#)
        let rules = try direct("rules.search", #"{"text":"service"}"#)
        let raw = try CLIRun.run(["search", "--json", "service"], socket: socket)
        #expect(raw.status == 0)
        #expect(raw.json?["techniques"] == techniques && raw.json?["rules"] == rules)

        let run = try CLIRun.run(["search", "service"], socket: socket)
        #expect(run.status == 0)
        #expect((techniques["total"]?.intValue ?? 0) > 20 && (rules["total"]?.intValue ?? 0) > 20)
        let techniqueLines = run.section("Techniques (")
        #expect(techniqueLines.first == "Techniques (20 of \(techniques["total"]?.intValue ?? -1))")
        for (t, line) in zip(techniques["items"]?.arrayValue ?? [], techniqueLines.dropFirst(3)) {
            #expect(line.hasPrefix(t["id"]?.stringValue ?? "?") && line.contains(t["name"]?.stringValue ?? "?"), "\(line)")
        }
        let ruleLines = run.section("Rules (")
        let items = rules["items"]?.arrayValue ?? []
        #expect(ruleLines.first == "Rules (20 of \(rules["total"]?.intValue ?? -1))" && ruleLines.count == items.count + 3)
        for (r, line) in zip(items, ruleLines.dropFirst(3)) {
            #expect(line.hasPrefix("sigma ") && line.hasSuffix(r["id"]?.stringValue ?? "?"), "\(line)")
        }

        let narrowed = try direct("rules.search", #"{"text":"service","technique":"T1543.003","limit":3,"offset":1}"#)
        let run2 = try CLIRun.run(["search", "--json", "--technique", "T1543.003", "--limit", "3", "--offset", "1", "service"], socket: socket)
        #expect(run2.json?["rules"] == narrowed && run2.json?["techniques"] == .null)
    }

    @Test func ruleShowsOneRule() throws {
        let page = try direct("technique.get", #"{"id":"T1543.003","limit":0}"#)
        let id = try #require(page["rulesByVendor"]?["sigma"]?.arrayValue?.first?["id"]?.stringValue)
        let rule = try direct("rule.get", #"{"id":"\#(id)"}"#)
        let run = try CLIRun.run(["rule", id], socket: socket)
        #expect(run.status == 0)
        #expect(run.lines[0] == rule["title"]?.stringValue)
        #expect(run.lines.contains("id          \(id)"))
        #expect(run.lines.contains("path        \(rule["path"]?.stringValue ?? "?")"))
        #expect(run.lines.contains { $0.hasPrefix("techniques  ") && $0.contains("T1543.003") })
        let predicates = rule["predicates"]?.arrayValue ?? []
        let lines = run.section("Predicates (")
        #expect(!predicates.isEmpty && lines.count == predicates.count + 3)
        for (p, line) in zip(predicates, lines.dropFirst(3)) {
            let cells = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            #expect(cells[0] == p["polarity"]?.stringValue && cells[1] == p["field"]?.stringValue && cells[2] == p["op"]?.stringValue, "\(line)")
        }
        let raw = try CLIRun.run(["rule", "--json", id], socket: socket)
        #expect(raw.json == rule)
        let missing = try CLIRun.run(["rule", "00000000-0000-0000-0000-000000000000"], socket: socket)
        #expect(missing.status == 1 && missing.stderr.hasPrefix("ruleatlas: error 1001: "))
    }

    @Test(arguments: [
        ([], #"{}"#),
        (["--technique", "T1543.003"], #"{"technique":"T1543.003"}"#),
        (["--technique", "T1543.003", "--exclusions"], #"{"technique":"T1543.003","polarity":"exclusion"}"#),
        (["--field", "Image", "--op", "ends_with", "--sort", "reach", "--limit", "7", "--offset", "2"],
         #"{"field":"Image","op":"ends_with","sort":"reach","limit":7,"offset":2}"#),
        (["--technique", "T1543", "--sort", "specificity"], #"{"technique":"T1543","sort":"specificity"}"#),
    ])
    func indicatorsRankWithTheirFilters(arguments: [String], params: String) throws {
        let ranked = try direct("indicators.rank", params)
        let raw = try CLIRun.run(["indicators", "--json"] + arguments, socket: socket)
        #expect(raw.status == 0)
        #expect(raw.json == ranked)
        let run = try CLIRun.run(["indicators"] + arguments, socket: socket)
        let items = ranked["items"]?.arrayValue ?? []
        #expect(!items.isEmpty)
        let total = ranked["total"]?.intValue ?? -1
        let name = arguments.contains("--exclusions") ? "Exclusions" : "Indicators"
        #expect(run.lines.first == (items.count < total ? "\(name) (\(items.count) of \(total))" : "\(name) (\(total))"))
        #expect(run.section(name).count == items.count + 3)
        for (i, line) in zip(items, run.lines.dropFirst(3)) {
            let cells = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            #expect(cells[0] == i["field"]?.stringValue && cells[1] == i["op"]?.stringValue, "\(line)")
            #expect(cells[2] == i["rulesHere"]?.compactString && cells[3] == i["corpusReach"]?.compactString, "\(line)")
            #expect(cells[4].count == 4 && abs((Double(cells[4]) ?? -1) - (i["specificity"]?.doubleValue ?? 1)) <= 0.00501, "\(line)")
        }
        #expect(run.lines.allSatisfy { $0.count <= 160 })
    }

    @Test func indicatorsRefuseABadSort() throws {
        let run = try CLIRun.run(["indicators", "--sort", "loudness"], socket: socket)
        #expect(run.status == 1 && run.stderr.hasPrefix("ruleatlas: error 1002: "), "\(run.stderr)")
    }

    @Test func layerIsANavigatorLayer() throws {
        let run = try CLIRun.run(["layer", "--name", "Sigma coverage"], socket: socket)
        #expect(run.status == 0)
        let layer = try #require(run.json)
        #expect(layer["name"] == "Sigma coverage")
        #expect(layer["domain"] == "enterprise-attack")
        #expect(layer["versions"]?["layer"] == "4.5")
        let techniques = try #require(layer["techniques"]?.arrayValue)
        let page = try direct("technique.get", #"{"id":"T1543.003","limit":0}"#)
        let entry = try #require(techniques.first { $0["techniqueID"] == "T1543.003" })
        #expect(entry["score"]?.intValue == page["ruleCount"]?.intValue)
        #expect(entry["metadata"]?.arrayValue?.isEmpty == false)
        #expect(techniques.allSatisfy { $0["techniqueID"]?.stringValue?.hasPrefix("T") == true && $0["score"]?.intValue != nil })
        let raw = try CLIRun.run(["layer", "--json"], socket: socket)
        #expect(raw.stdout == (try direct("coverage.layer")).compactString + "\n")
    }
}
