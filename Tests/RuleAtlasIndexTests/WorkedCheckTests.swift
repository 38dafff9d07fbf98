import RuleAtlasIndex
import RuleAtlasModel
import RuleAtlasTestSupport
import Testing

/// The worked check at the end of PREDICATES.md, on the real SigmaHQ rules.
@Suite struct WorkedCheckTests {
    let snap = IndexFixtures.sigma
    let sigma = IndexFilter(vendors: [.sigma])

    @Test func t1543003HasThirtyEightRules() throws {
        #expect(try snap.techniqueGet("T1543.003", filter: sigma).ruleCount == 38)
    }

    @Test func imageIsFilteredByTwelveRules() throws {
        let page = try snap.techniqueGet("T1543.003", filter: sigma, limit: 1000)
        let image = try #require(page.fields.first { $0.field == "Image" })
        #expect(image.rules == 12)
        #expect(image.ops.first { $0.op == "ends_with" }?.rules == 12)
        #expect(image.ops.first { $0.op == "eq" }?.rules == 1)
    }

    @Test func providerNameAndScExeIndicators() throws {
        let page = try snap.techniqueGet("T1543.003", filter: sigma, limit: 1000)
        let scm = try #require(page.indicators.first { $0.field == "Provider_Name" && $0.op == .eq && $0.valueKey == "service control manager" })
        #expect(scm.rulesHere == 12)
        #expect(scm.corpusReach == 43)
        let sc = try #require(page.indicators.first { $0.field == "Image" && $0.op == .endsWith && $0.valueKey == "\\sc.exe" })
        #expect(sc.rulesHere == 6)
        #expect(sc.corpusReach == 17)
        #expect(page.indicators.first == scm)
    }
}
