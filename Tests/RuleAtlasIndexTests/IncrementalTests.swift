import RuleAtlasIndex
import RuleAtlasModel
import RuleAtlasTestSupport
import Testing

@Suite struct IncrementalTests {
    typealias S = Synthetic

    /// Every aggregate, the counted rules and a few pages must match a fresh build.
    func expectSame(_ a: IndexSnapshot, _ b: IndexSnapshot, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        #expect(a.techniques == b.techniques, sourceLocation: sourceLocation)
        #expect(a.corpus == b.corpus, sourceLocation: sourceLocation)
        #expect(a.rules.map(\.key) == b.rules.map(\.key), sourceLocation: sourceLocation)
        #expect(a.status == b.status, sourceLocation: sourceLocation)
        #expect(a.files.map(\.file.path) == b.files.map(\.file.path), sourceLocation: sourceLocation)
        #expect(a.diagnostics == b.diagnostics, sourceLocation: sourceLocation)
        #expect(a.rulesByKey.mapValues(\.rule) == b.rulesByKey.mapValues(\.rule), sourceLocation: sourceLocation)
        for r in b.rules {
            #expect(try a.ruleGet(r.key.id.uppercased()) == b.ruleGet(r.key.id), sourceLocation: sourceLocation)
        }
        for id in a.techniques.keys {
            #expect(try a.techniqueGet(id.rawValue, limit: 1000) == b.techniqueGet(id.rawValue, limit: 1000), sourceLocation: sourceLocation)
        }
    }

    @Test func editDeleteCreateAndDuplicateShiftsMatchAFreshBuild() throws {
        let builder = IndexBuilder(roots: [])
        var files = Dictionary(uniqueKeysWithValues: S.corpus.map { ($0.path, $0) })
        let first = builder.build(files: Array(files.values))
        #expect(first.generation == 1)

        // Edit: rule a loses its exclusion and gains a technique.
        let editedA = S.file([S.rule("a", "Service via sc", tags: ["attack.t1543.003", "attack.t1569.002"], [
            S.p("Image", .endsWith, "\\sc.exe"), S.p("CommandLine", .match, "config"),
        ])])
        // A later duplicate of b (ignored) and an earlier one (wins).
        let dupLate = S.file([S.rule("b", "Late b", path: "/r/zz.yml", tags: ["attack.t1003"], [S.p("Image", .eq, "x")])])
        let dupEarly = S.file([S.rule("b", "Early b", path: "/r/0.yml", tags: ["attack.t1004"], [S.p("Image", .eq, "y")])])
        let changes: [String: IndexedFile?] = [
            editedA.path: editedA, "/r/c.yml": nil, dupLate.path: dupLate, dupEarly.path: dupEarly,
        ]
        let second = builder.apply(first, files: changes)
        #expect(second.generation == 2)
        for (p, f) in changes { files[p] = f }
        try expectSame(second, builder.build(files: Array(files.values)))
        #expect(try second.ruleGet("b").title == "Early b")
        #expect(second.techniques[TechniqueID("T1003")!] == nil)

        // Remove the earlier duplicate: the original b (another shard) counts again.
        let third = builder.apply(second, files: [dupEarly.path: nil])
        files[dupEarly.path] = nil
        try expectSame(third, builder.build(files: Array(files.values)))
        #expect(try third.ruleGet("b").title == "Both tags")

        // The first snapshot is untouched.
        #expect(try first.techniqueGet("T1543").ruleCount == 4)
        #expect(try first.ruleGet("c").title == "Parent only")
    }

    @Test func manyRandomEditsMatchAFreshBuild() throws {
        var rng = SplitMix(seed: 7)
        let fields = ["Image", "CommandLine", "ParentImage", "TargetObject"]
        let tags = ["attack.t1543", "attack.t1543.003", "attack.t1059.001", "attack.t1059", "attack.t1685"]
        func randomFile(_ n: Int) -> IndexedFile {
            let preds = (0..<Int(rng.next() % 5)).map { _ in
                S.p(fields[Int(rng.next() % 4)], [.eq, .match, .endsWith][Int(rng.next() % 3)],
                    ["A", "a", "b", "C:\\x"][Int(rng.next() % 4)], [.positive, .exclusion, .negated][Int(rng.next() % 3)])
            }
            let vendor: Vendor = rng.next() % 4 == 0 ? .elastic : .sigma
            return S.file([S.rule("id\(rng.next() % 40)", "T\(n)", vendor: vendor, path: "/c/\(n).yml",
                                  tags: [tags[Int(rng.next() % 5)], tags[Int(rng.next() % 5)]],
                                  deprecated: rng.next() % 7 == 0, preds)])
        }
        let builder = IndexBuilder(roots: [])
        var files: [String: IndexedFile] = [:]
        for n in 0..<120 { let f = randomFile(n); files[f.path] = f }
        var snap = builder.build(files: Array(files.values))
        for round in 0..<6 {
            var changes: [String: IndexedFile?] = [:]
            for _ in 0..<(1 + round * 3) {
                let n = Int(rng.next() % 150)
                if rng.next() % 3 == 0 { changes["/c/\(n).yml"] = .some(nil) } else { changes["/c/\(n).yml"] = randomFile(n) }
            }
            snap = builder.apply(snap, files: changes)
            for (p, f) in changes { files[p] = f }
            try expectSame(snap, builder.build(files: Array(files.values)))
        }
    }
}

/// A small deterministic generator for reproducible random edits.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Incremental updates on the real Sigma corpus end where a fresh build does.
@Suite struct RealCorpusIncrementalTests {
    @Test func deletingAndEditingRealFilesMatchesAFreshBuild() throws {
        let base = IndexFixtures.sigma
        let builder = IndexBuilder(roots: [])
        var files = Dictionary(uniqueKeysWithValues: base.files.map { ($0.file.path, $0.file) })
        var changes: [String: IndexedFile?] = [:]
        for (i, path) in files.keys.sorted().enumerated() {
            if i % 7 == 0 {
                changes[path] = .some(nil)
            } else if i % 11 == 0, var edited = files[path] {
                edited.rules = edited.rules.map { var r = $0; r.predicates = Array(r.predicates.prefix(1)); return r }
                changes[path] = edited
            }
        }
        let updated = builder.apply(base, files: changes)
        for (p, f) in changes { files[p] = f }
        let fresh = builder.build(files: Array(files.values))
        #expect(updated.generation == base.generation + 1)
        #expect(updated.techniques == fresh.techniques)
        #expect(updated.corpus == fresh.corpus)
        #expect(updated.rules.map(\.key) == fresh.rules.map(\.key))
        #expect(updated.files.map(\.file.path) == fresh.files.map(\.file.path))
        #expect(updated.diagnostics == fresh.diagnostics)
        #expect(updated.rulesByKey.mapValues(\.rule) == fresh.rulesByKey.mapValues(\.rule))
        // A second update from the first (sites carried, not rebuilt) still matches.
        let back = Dictionary(uniqueKeysWithValues: changes.keys.prefix(40).map { ($0, base.shards.shards[ShardSet.shardIndex(of: $0)].files[$0]?.file) })
        let again = builder.apply(updated, files: back)
        for (p, f) in back { files[p] = f }
        let freshAgain = builder.build(files: Array(files.values))
        #expect(again.techniques == freshAgain.techniques)
        #expect(again.corpus == freshAgain.corpus)
        #expect(again.rules.map(\.key) == freshAgain.rules.map(\.key))
        #expect(again.diagnostics == freshAgain.diagnostics)
        #expect(try updated.techniqueGet("T1543.003", limit: 1000) == fresh.techniqueGet("T1543.003", limit: 1000))
        // The base snapshot still answers as before.
        #expect(try base.techniqueGet("T1543.003", filter: IndexFilter(vendors: [.sigma])).ruleCount == 38)
    }
}
