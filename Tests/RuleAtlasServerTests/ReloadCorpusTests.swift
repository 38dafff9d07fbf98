import Foundation
import RuleAtlasIndex
import RuleAtlasModel
import RuleAtlasServer
import RuleAtlasTestSupport
import Testing

/// Real corpus files in a temporary root, replaced a thousand at a time as a checkout does.
@Suite(.serialized) struct ReloadCorpusTests {
    /// Sigma rule files of the shared corpus, in path order.
    static let corpusFiles: [String] = {
        let root = SharedData.sigmaRules.path
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".yml") }.sorted().map { root + "/" + $0 }
    }()

    static func contents(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    func expectSameAsFreshStart(_ live: IndexSnapshot, roots: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let fresh = IndexBuilder(roots: roots).build()
        #expect(live.files.map(\.file.path) == fresh.files.map(\.file.path), sourceLocation: sourceLocation)
        #expect(live.rules.map(\.key) == fresh.rules.map(\.key), sourceLocation: sourceLocation)
        #expect(live.status == fresh.status, sourceLocation: sourceLocation)
        #expect(live.techniques == fresh.techniques, sourceLocation: sourceLocation)
        #expect(live.corpus == fresh.corpus, sourceLocation: sourceLocation)
        let all = PageWindow.all
        #expect(live.coverageMatrix(all: true, paging: all) == fresh.coverageMatrix(all: true, paging: all), sourceLocation: sourceLocation)
        #expect(live.coverageMatrix(filter: IndexFilter(includeDeprecated: true), paging: all)
            == fresh.coverageMatrix(filter: IndexFilter(includeDeprecated: true), paging: all), sourceLocation: sourceLocation)
        let sample = fresh.techniques.keys.sorted { $0.rawValue < $1.rawValue }.enumerated().filter { $0.offset % 7 == 0 }.map(\.element)
        #expect(!sample.isEmpty, sourceLocation: sourceLocation)
        for id in sample {
            #expect(try live.techniqueGet(id.rawValue, limit: 1000) == fresh.techniqueGet(id.rawValue, limit: 1000), sourceLocation: sourceLocation)
        }
    }

    @Test func aThousandFilesReplacedAtOnceMatchAFreshStart() throws {
        let files = Self.corpusFiles
        try #require(files.count >= 2_200)
        var initial: [String: String] = [:]
        for i in 0..<1_100 {
            initial["d\(i % 10)/r\(i).yml"] = String(decoding: try Self.contents(files[i]), as: UTF8.self)
        }
        let f = try ReloadFixture(files: initial, debounceMs: 100)
        let start = f.snapshot
        #expect(start.status.rulesTotal > 1_000)
        // Queried before the checkout: corpus aggregates are cached and carried forward.
        for t in ["T1059.001", "T1003"] { _ = try start.techniqueGet(t, filter: IndexFilter(vendors: [.sigma])) }
        _ = try start.techniqueGet("T1059")

        // The checkout: 1,000 files get other rules, 100 go, 100 new ones (one new directory).
        for i in 0..<1_000 { try Self.contents(files[1_100 + i]).write(to: URL(fileURLWithPath: f.path("d\(i % 10)/r\(i).yml"))) }
        for i in 1_000..<1_100 { try f.remove("d\(i % 10)/r\(i).yml") }
        for i in 0..<100 { try f.write("new/n\(i).yml", String(decoding: try Self.contents(files[2_100 + i]), as: UTF8.self)) }
        #expect(f.settle(after: start.generation, timeoutMs: 20_000))
        f.idle(ms: 300)
        #expect(f.coordinator.state == .idle)
        try expectSameAsFreshStart(f.snapshot, roots: [f.root])
        #expect(f.outcomes.reduce(0) { $0 + $1.changed.count } >= 1_200)
        // The first snapshot still answers as it did.
        #expect(start.files.count == 1_100)
    }

    @Test func fullRescanAfterSilentChangesMatchesAFreshStart() throws {
        let files = Self.corpusFiles
        var initial: [String: String] = [:]
        for i in 0..<300 { initial["r\(i).yml"] = String(decoding: try Self.contents(files[i]), as: UTF8.self) }
        let f = try ReloadFixture(files: initial)
        for i in 0..<300 { try Self.contents(files[500 + i]).write(to: URL(fileURLWithPath: f.path("r\(i).yml"))) }
        // Without running the loop, no watcher event has been handled: only the rescan sees them.
        let generation = f.reload()
        #expect(generation == 2)
        try expectSameAsFreshStart(f.snapshot, roots: [f.root])
    }

    @Test func viewsCarriedAcrossAnEditMatchAFreshStart() throws {
        let files = Self.corpusFiles
        var initial: [String: String] = [:]
        for i in 0..<400 { initial["r\(i).yml"] = String(decoding: try Self.contents(files[i * 5]), as: UTF8.self) }
        let f = try ReloadFixture(files: initial)
        // Every technique view built (default filter and Sigma only), as busy clients would.
        for id in f.snapshot.techniques.keys {
            _ = try f.snapshot.techniqueGet(id.rawValue, limit: 1000)
            _ = try f.snapshot.techniqueGet(id.rawValue, filter: IndexFilter(vendors: [.sigma]), limit: 1000)
        }
        // One rule gains a technique and an indicator other rules use; another file goes.
        let edited = try #require(initial["r7.yml"])
        try f.save("r7.yml", edited.replacingOccurrences(of: "tags:\n", with: "tags:\n    - attack.t1105\n"))
        try f.remove("r8.yml")
        #expect(f.settle(after: 1))
        f.idle(ms: 100)
        try expectSameAsFreshStart(f.snapshot, roots: [f.root])
        let fresh = IndexBuilder(roots: [f.root]).build()
        let sigma = IndexFilter(vendors: [.sigma])
        for id in f.snapshot.techniques.keys {
            #expect(try f.snapshot.techniqueGet(id.rawValue, filter: sigma, limit: 1000) == fresh.techniqueGet(id.rawValue, filter: sigma, limit: 1000))
        }
    }
}
