import Foundation
import RuleAtlasIndex
import RuleAtlasModel
import RuleAtlasTestSupport
import Testing

/// Techniques, indicators, exclusions and rules of the real Sigma corpus, checked against
/// `Scripts/sigma-expectations.py`, an independent reading of the rule files with PyYAML.
/// Needs python3 with PyYAML (Debian `python3-yaml`); without it every test here fails.
@Suite struct HandCheckTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scripts/sigma-expectations.py")

    static let techniques = [
        "T1543.003", "T1543", "T1059", "T1059.001", "T1218", "T1218.011", "T1547.001", "T1003.001",
        "T1055", "T1027", "T1105", "T1562.001", "T1112", "T1036.005", "T1685", "T1685.001", "T1686.003",
    ]

    static let indicators: [(String, String, String, String)] = [
        ("T1059.001", "Image", "ends_with", "\\powershell.exe"),
        ("T1059.001", "OriginalFileName", "eq", "PowerShell.EXE"),
        ("T1218.011", "Image", "ends_with", "\\rundll32.exe"),
        ("T1218.011", "OriginalFileName", "eq", "RUNDLL32.EXE"),
        ("T1112", "Image", "ends_with", "\\reg.exe"),
        ("T1547.001", "TargetObject", "match", "\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"),
        ("T1003.001", "TargetImage", "ends_with", "\\lsass.exe"),
        ("T1105", "CommandLine", "match", "http"),
        ("T1562.001", "EventID", "eq", "4719"),
        ("T1685", "Image", "ends_with", "\\sc.exe"),
        ("T1543.003", "CommandLine", "match", "create"),
    ]

    static let exclusions: [(String, String, String, String)] = [
        ("T1059.001", "ParentImage", "ends_with", "\\explorer.exe"),
        ("T1218.011", "CommandLine", "match", "shell32.dll"),
        ("T1543.003", "ServiceFileName", "wildcard", "?:\\Windows\\VeeamVssSupport\\VeeamGuestHelper.exe"),
    ]

    static let ruleIDs = ["85ff530b-261d-48c6-a441-facaa2e81e48", "20f0ee37-5942-4e45-b7d5-c5b5db9df5cd"]

    /// Runs the script with `lines` as queries and returns its answer lines.
    static func run(_ lines: [String]) throws -> [String] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Self.script.path, SharedData.sigmaRules.path]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = FileHandle.nullDevice
        try p.run()
        input.fileHandleForWriting.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    static let expected: [[String]] = {
        var q = techniques.map { "T\t\($0)" }
        q += indicators.map { "I\t\($0.0)\t\($0.1)\t\($0.2)\t\($0.3)" }
        q += exclusions.map { "X\t\($0.0)\t\($0.1)\t\($0.2)\t\($0.3)" }
        q += ruleIDs.map { "R\t\($0)" }
        return ((try? run(q)) ?? []).map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }()

    let snap = IndexFixtures.sigma
    let sigma = IndexFilter(vendors: [.sigma])

    @Test func techniqueRuleCountsWithRollUp() throws {
        let rows = Self.expected.filter { $0[0] == "T" }
        #expect(rows.count == Self.techniques.count)
        for row in rows {
            let page = try snap.techniqueGet(row[1], filter: sigma)
            #expect(page.ruleCount == Int(row[2]), "\(row[1])")
            #expect(page.rulesByVendor.flatMap(\.rules).count == page.ruleCount)
        }
    }

    @Test func indicatorsHereAndCorpusReach() throws {
        let rows = Self.expected.filter { $0[0] == "I" }
        #expect(rows.count == Self.indicators.count)
        for row in rows {
            let page = try snap.techniqueGet(row[1], filter: sigma, limit: 1000)
            let all = try snap.indicatorsRank(technique: row[1], field: row[2], op: Op(rawValue: row[3]), filter: sigma, paging: PageWindow(limit: 1000))
            let key = Op(rawValue: row[3]) == .regexMatch ? row[4] : row[4].lowercased()
            let hit = all.items.first { $0.valueKey == key }
            let lookup = snap.indicatorsLookup(field: row[2], value: row[4], op: Op(rawValue: row[3]), filter: sigma, paging: PageWindow.all)
            #expect(hit?.rulesHere ?? 0 == Int(row[5]), "\(row)")
            #expect((hit?.corpusReach ?? lookup.corpusReach) == Int(row[6]), "\(row)")
            #expect(lookup.corpusReach == Int(row[6]), "\(row)")
            #expect(lookup.techniques.first { $0.id.rawValue == row[1] }?.rules ?? 0 == Int(row[5]), "\(row)")
            if let hit, page.distinctIndicators <= 1000 { #expect(page.indicators.contains(hit)) }
        }
    }

    @Test func exclusionCounts() throws {
        let rows = Self.expected.filter { $0[0] == "X" }
        #expect(rows.count == Self.exclusions.count)
        for row in rows {
            let page = try snap.techniqueGet(row[1], filter: sigma, limit: 1000)
            let hit = page.exclusions.first { $0.field == row[2] && $0.op.rawValue == row[3] && $0.valueKey == row[4].lowercased() }
            #expect(hit?.rules ?? 0 == Int(row[5]), "\(row)")
        }
    }

    @Test func rulesByID() throws {
        let rows = Self.expected.filter { $0[0] == "R" }
        #expect(rows.count == Self.ruleIDs.count)
        for row in rows {
            let rule = try snap.ruleGet(row[1])
            #expect(rule.title == row[2])
            #expect(rule.level?.rawValue == row[3])
            let tags = row[4].split(separator: ",").compactMap { $0.hasPrefix("attack.t") ? TechniqueID($0) : nil }
            #expect(rule.techniques == tags)
        }
    }
}
