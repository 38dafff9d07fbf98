import Foundation
import Testing
import RuleAtlasModel
@testable import RuleAtlasCatalog
import RuleAtlasTestSupport

private func tid(_ s: String) -> TechniqueID { TechniqueID(s)! }

/// Counts of formats.md 6.3 over a catalog.
private func counts(_ c: AttackCatalog) -> (techniques: Int, subs: Int, revoked: Int, deprecated: Int) {
    let all = c.techniques.values
    let active = all.filter { !$0.revoked && !$0.deprecated }
    return (active.filter { !$0.id.isSubtechnique }.count, active.filter { $0.id.isSubtechnique }.count,
            all.filter(\.revoked).count, all.filter(\.deprecated).count)
}

@Test func builtinCountsMatchTheBundleSurvey() {
    let c = counts(AttackCatalog.builtin)
    #expect(c.techniques == 216)
    #expect(c.subs == 475)
    #expect(c.revoked == 132)
    #expect(c.deprecated == 12)
}

@Test func windowsServiceTechnique() throws {
    let t = try #require(AttackCatalog.builtin.technique(tid("T1543.003")))
    #expect(t.name == "Windows Service")
    #expect(t.tactics == ["persistence", "privilege-escalation"])
    #expect(t.parent == tid("T1543"))
    #expect(!t.revoked && !t.deprecated)
    let parent = try #require(AttackCatalog.builtin.technique(tid("T1543")))
    #expect(parent.subtechniques.contains(tid("T1543.003")))
    #expect(parent.name == "Create or Modify System Process")
    #expect(AttackCatalog.builtin.fullName(tid("T1543.003")) == "Create or Modify System Process: Windows Service")
    #expect(AttackCatalog.builtin.fullName(tid("T1543")) == "Create or Modify System Process")
    #expect(AttackCatalog.builtin.fullName(tid("T1685.005")) == "Disable or Modify Tools: Clear Windows Event Logs")
}

@Test func revokedTechniquePointsToItsReplacement() throws {
    let t = try #require(AttackCatalog.builtin.technique(tid("T1004")))
    #expect(t.revoked)
    #expect(t.revokedBy == tid("T1547.004"))
    #expect(t.related.contains(tid("T1547.004")))
    #expect(AttackCatalog.builtin.related(tid("T1547.004")).contains(tid("T1004")))
}

@Test func crossVersionLinksAreListedBothWays() {
    let c = AttackCatalog.builtin
    #expect(c.technique(tid("T1562.001"))?.related.contains(tid("T1685")) == true)
    #expect(c.technique(tid("T1685")) == nil)
    #expect(!c.knows(tid("T1685")))
    let back = c.related(tid("T1685"))
    #expect(back.contains(tid("T1562.001")))
    #expect(back.contains(tid("T1562")))
    #expect(c.name(tid("T1685")) == "Disable or Modify Tools")
}

@Test func tacticsInMatrixOrderIncludeV19() throws {
    let names = AttackCatalog.builtin.tactics.map(\.shortname)
    #expect(names.first == "reconnaissance")
    #expect(names.last == "impact")
    #expect(names.contains("stealth") && names.contains("defense-impairment"))
    let persistence = try #require(AttackCatalog.builtin.tactic("persistence"))
    #expect(persistence.id == "TA0003")
    #expect(AttackCatalog.builtin.tactic("stealth")?.id == nil)
}

@Test func searchByIdPrefixAndNameWords() {
    let c = AttackCatalog.builtin
    let byId = c.search("t1543.00")
    #expect(byId.map(\.id.rawValue) == ["T1543.001", "T1543.002", "T1543.003", "T1543.004", "T1543.005"])
    let byName = c.search("windows service")
    #expect(byName.first?.id == tid("T1543.003"))
    #expect(c.search("POWERSHELL").contains { $0.id == tid("T1059.001") })
    #expect(c.search("   ").isEmpty)
}

@Test func stixBundleLoadsWithDescriptions() throws {
    let clock = ContinuousClock()
    var catalog: AttackCatalog?
    let elapsed = try clock.measure { catalog = try AttackCatalog.load(stixBundleAt: SharedData.attackBundle.path) }
    print("STIX bundle load: \(elapsed)")
    let c = try #require(catalog)
    let got = counts(c)
    #expect(got.techniques == 216 && got.subs == 475 && got.revoked == 132 && got.deprecated == 12)
    let t = try #require(c.technique(tid("T1543.003")))
    #expect(t.description?.contains("Windows service") == true)
    #expect(t.tactics == ["persistence", "privilege-escalation"])
    #expect(c.technique(tid("T1004"))?.revokedBy == tid("T1547.004"))
    #expect(c.related(tid("T1685")).contains(tid("T1562.001")))
    #expect(c.tactics.map(\.shortname) == AttackCatalog.builtin.tactics.map(\.shortname))
    for (id, b) in AttackCatalog.builtin.techniques {
        let l = c.techniques[id]
        #expect(l?.name == b.name && l?.tactics == b.tactics && l?.subtechniques == b.subtechniques, "\(id)")
    }
}

@Test func malformedBundleIsAnErrorWithPosition() throws {
    let path = "/tmp/ruleatlas-bad-bundle-\(getpid()).json"
    try "{\"objects\": [\n  {\"type\": \"attack-pattern\", \"name\": \"x\"\n".write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: AttackBundleError.self) { try AttackCatalog.load(stixBundleAt: path) }
    #expect(throws: AttackBundleError.self) { try AttackCatalog.load(stixBundleAt: "/nonexistent/bundle.json") }
}

@Test func builtinInitTime() {
    let clock = ContinuousClock()
    let fresh = clock.measure { _ = AttackCatalog.parseBuiltin() }
    print("AttackCatalog builtin parse: \(fresh)")
    #expect(fresh < .seconds(1))
}
