import Dispatch
import RuleAtlasIndex
import RuleAtlasModel
import RuleAtlasTestSupport
import Testing

/// Technique aggregates are made on first use or by `makeTechniqueAggregates`, and an
/// update carries the made ones: answers never depend on which were made when.
@Suite struct TechniqueEntryTests {
    typealias S = Synthetic
    let t1543 = TechniqueID("T1543")!
    let t1543003 = TechniqueID("T1543.003")!
    let t1999 = TechniqueID("T1999")!

    @Test func aFreshBuildServesBeforeAnyTechniqueAggregateIsMade() throws {
        let snap = IndexBuilder(roots: []).build(files: S.corpus)
        #expect(!snap.techniques.isEmpty)
        #expect(snap.techniques.values.allSatisfy { !$0.isMade })
        #expect(!snap.techniqueAggregatesMade)
        // Counts by vendor come from the rule lists: nothing is made for them.
        let matrix = snap.coverageMatrix(paging: .all)
        #expect(matrix.items.first { $0.id == t1543 }?.ruleCount == 4)
        #expect(snap.techniques.values.allSatisfy { !$0.isMade })
        // A page makes the aggregate of its technique only.
        let page = try snap.techniqueGet("T1543.003")
        #expect(page.ruleCount == 3)
        #expect(snap.techniques[t1543003]?.isMade == true)
        #expect(snap.techniques[t1543]?.isMade == false)
        snap.makeTechniqueAggregates()
        #expect(snap.techniqueAggregatesMade)
        #expect(try snap.techniqueGet("T1543.003") == page)
    }

    @Test func updatesCarryMadeAggregatesAndLeaveTheOthersToMake() throws {
        let builder = IndexBuilder(roots: [])
        let first = builder.build(files: S.corpus)
        _ = try first.techniqueGet("T1543")  // made: T1543; still to make: T1543.003, T1999, T1999.001
        let edited = S.file([S.rule("a", "Service via sc", tags: ["attack.t1543.003"], [
            S.p("Image", .endsWith, "\\sc.exe"), S.p("CommandLine", .match, "config"),
        ])])
        let second = builder.apply(first, files: [edited.path: edited])
        #expect(second.techniques[t1543]?.isMade == true, "a made aggregate is carried with the change applied")
        #expect(second.techniques[t1543003]?.isMade == false)
        // Techniques the edit does not reach keep the very same entry.
        #expect(second.techniques[t1999] === first.techniques[t1999])
        var files = Dictionary(uniqueKeysWithValues: S.corpus.map { ($0.path, $0) })
        files[edited.path] = edited
        let fresh = builder.build(files: Array(files.values))
        #expect(second.techniques == fresh.techniques)
        #expect(second.corpus == fresh.corpus)
        for id in fresh.techniques.keys {
            #expect(try second.techniqueGet(id.rawValue, limit: 100) == fresh.techniqueGet(id.rawValue, limit: 100))
        }
        // The first generation still answers as it did.
        #expect(try first.techniqueGet("T1543").ruleCount == 4)
    }

    @Test func queriesWhileAggregatesAreMadeGiveTheSameAnswers() throws {
        let corpus = IndexFixtures.sigma
        let fresh = IndexBuilder(roots: []).build(files: corpus.files.map(\.file))
        let ids = fresh.techniques.keys.sorted()
        try #require(ids.count > 100)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            fresh.makeTechniqueAggregates()
            done.signal()
        }
        var pages: [TechniquePage] = []
        for id in ids { pages.append(try fresh.techniqueGet(id.rawValue, limit: 20)) }
        done.wait()
        #expect(fresh.techniqueAggregatesMade)
        for (id, page) in zip(ids, pages) {
            #expect(try corpus.techniqueGet(id.rawValue, limit: 20) == page)
        }
    }
}
