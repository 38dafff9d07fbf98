import RuleAtlasIndex
import RuleAtlasModel
import Testing

@Suite struct AggregationTests {
    let snap = IndexBuilder(roots: []).build(files: Synthetic.corpus)

    @Test func subTechniqueCountsOnlyItsOwnRules() throws {
        let page = try snap.techniqueGet("t1543.003")
        #expect(page.ruleCount == 3) // a, b (sigma), f (elastic); e is deprecated
        #expect(page.rulesByVendor.map(\.vendor) == [.sigma, .elastic])
        #expect(page.rulesByVendor[0].rules.map(\.id) == ["b", "a"]) // by title: "Both tags" < "Service via sc"
    }

    @Test func parentRollsUpSubTechniquesCountingEachRuleOnce() throws {
        let page = try snap.techniqueGet("T1543")
        #expect(page.ruleCount == 4) // a, b (tagged twice, once), c, f
        let withDeprecated = try snap.techniqueGet("T1543", filter: IndexFilter(includeDeprecated: true))
        #expect(withDeprecated.ruleCount == 5)
        let sigmaOnly = try snap.techniqueGet("T1543", filter: IndexFilter(vendors: [.sigma]))
        #expect(sigmaOnly.ruleCount == 3)
    }

    @Test func fieldsCountRulesOncePerRowWithOps() throws {
        let page = try snap.techniqueGet("T1543.003", filter: IndexFilter(vendors: [.sigma]))
        let image = try #require(page.fields.first { $0.field == "Image" })
        #expect(image.rules == 2)
        #expect(image.ops.map(\.op) == ["ends_with", "eq"])
        #expect(image.ops.map(\.rules) == [2, 1])
        // "\sc.exe" is written "\sc.exe" once and "\SC.EXE" twice (a's second spelling is its duplicate row).
        #expect(image.samples.first == "\\SC.EXE" || image.samples.first == "\\sc.exe")
        #expect(page.fields.first?.field == "Image")
    }

    @Test func indicatorsCarryCorpusReachOverEveryCountedRule() throws {
        let page = try snap.techniqueGet("T1543.003", filter: IndexFilter(vendors: [.sigma]))
        let sc = try #require(page.indicators.first { $0.field == "Image" && $0.op == .endsWith })
        #expect(sc.rulesHere == 2)
        #expect(sc.corpusReach == 4) // a, b, d, g (sigma, not deprecated)
        let all = try snap.techniqueGet("T1543.003")
        let sc2 = try #require(all.indicators.first { $0.field == "Image" && $0.op == .endsWith })
        #expect(sc2.rulesHere == 3)
        #expect(sc2.corpusReach == 5)
        #expect(all.indicators.first == sc2)
    }

    @Test func negatedPredicatesAreNeitherIndicatorsNorExclusions() throws {
        let page = try snap.techniqueGet("T1999")
        #expect(page.indicators.map(\.field) == ["Image"])
        #expect(page.exclusions.isEmpty)
        #expect(page.fields.map(\.field).sorted() == ["CommandLine", "Image"])
    }

    @Test func exclusionsGroupCaseInsensitively() throws {
        let page = try snap.techniqueGet("T1543.003")
        #expect(page.exclusions.count == 1)
        #expect(page.exclusions.first?.rules == 2)
        #expect(page.distinctExclusions == 1)
    }

    @Test func regexValuesKeepTheirCase() throws {
        let page = try snap.techniqueGet("T1543")
        let row = try #require(page.indicators.first { $0.op == .regexMatch })
        #expect(row.value == "^A.*")
        #expect(row.valueKey == "^A.*")
    }

    @Test func eventsSortByRulesAndShowTheBestLink() throws {
        let page = try snap.techniqueGet("T1543")
        // Equal counts: provider order ("Service-Control-Manager" < "Sysmon").
        #expect(page.events.map(\.eventId) == [7045, 1])
        #expect(page.events.map(\.rules) == [2, 2])
        #expect(page.events[0].link == .candidate)
        #expect(page.events[1].link == .exact)
    }

    @Test func limitAppliesToListsButNotTheirSizes() throws {
        let page = try snap.techniqueGet("T1543", limit: 1)
        #expect(page.fields.count == 1)
        #expect(page.distinctFields == 5)
        #expect(page.indicators.count == 1)
        #expect(page.distinctIndicators > 1)
        #expect(throws: IndexQueryError.self) { try snap.techniqueGet("T1543", limit: 1001) }
    }

    @Test func unknownIdsWithRulesGetAPageAndOthersAreNotFound() throws {
        let page = try snap.techniqueGet("T1999.001")
        #expect(page.technique.known == false)
        #expect(page.technique.parent == TechniqueID("T1999"))
        #expect(try snap.techniqueGet("T1999").technique.subtechniques == [TechniqueID("T1999.001")!])
        let known = try snap.techniqueGet("T1543.003")
        #expect(known.technique.known && known.technique.name == "Windows Service")
        #expect(known.technique.parent == TechniqueID("T1543"))
        // Known to the catalog, no rules: a page with zero rules, not an error.
        #expect(try snap.techniqueGet("T1001").ruleCount == 0)
        #expect(throws: IndexQueryError.notFound("no technique T9999: unknown to the ATT&CK catalog and carried by no rule")) {
            try snap.techniqueGet("T9999")
        }
        #expect(throws: IndexQueryError.self) { try snap.techniqueGet("X1") }
    }

    @Test func duplicateIdsKeepTheFirstInPathOrder() throws {
        var files = Synthetic.corpus
        files.append(Synthetic.file([Synthetic.rule("a", "Later duplicate", path: "/r/z.yml", tags: ["attack.t1000"], [])]))
        files.append(Synthetic.file([Synthetic.rule("a", "Earlier duplicate", path: "/r/0.yml", tags: ["attack.t1001"], [])]))
        let s = IndexBuilder(roots: []).build(files: files)
        #expect(try s.ruleGet("A").title == "Earlier duplicate")
        #expect(s.techniques[TechniqueID("T1000")!] == nil)
        #expect(try s.techniqueGet("T1543.003").ruleCount == 2)
        #expect(s.diagnostics.filter { $0.message.contains("duplicate sigma rule id a") }.count == 2)
        #expect(s.status.rulesTotal == 6) // a (earlier), b, c, d, f, g; e is deprecated
        #expect(s.status.deprecatedRules == 1)
    }
}
