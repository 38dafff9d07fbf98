import Testing

@testable import RuleAtlasElastic

/// Hostile and mangled input through the fuzz entry points: errors, never crashes.
@Suite struct ElasticFuzzTests {
    static let entries: [(String, @Sendable ([UInt8]) -> Int)] = [
        ("toml", ElasticFuzz.toml), ("kuery", ElasticFuzz.kuery), ("lucene", ElasticFuzz.lucene),
        ("eql", ElasticFuzz.eql), ("esql", ElasticFuzz.esql), ("rule", ElasticFuzz.rule),
    ]

    @Test func deepNestingIsAnErrorNotAStackOverflow() {
        let deep = String(repeating: "(", count: 5000) + "a:1" + String(repeating: ")", count: 5000)
        #expect(ElasticFuzz.kuery(Array(deep.utf8)) < 0)
        #expect(ElasticFuzz.eql(Array(("process where " + deep.replacingOccurrences(of: "a:1", with: "a == 1")).utf8)) < 0)
        #expect(ElasticFuzz.eql(Array(("process where " + String(repeating: "not ", count: 5000) + "a == 1").utf8)) < 0)
        #expect(ElasticFuzz.esql(Array(("FROM x | WHERE " + String(repeating: "f(", count: 5000)).utf8)) < 0)
        let nestedArrays = "a = " + String(repeating: "[", count: 3000) + String(repeating: "]", count: 3000)
        #expect(ElasticFuzz.toml(Array(nestedArrays.utf8)) <= 0)
        let dotted = (0..<3000).map { "k\($0)" }.joined(separator: ".") + " = 1"
        #expect(ElasticFuzz.toml(Array(dotted.utf8)) <= 0)
    }

    @Test func nestedParenthesesParseInLinearTime() {
        let depth = 150
        let q = "process where " + String(repeating: "(", count: depth) + "a == 1" + String(repeating: " and b == 2)", count: depth)
        #expect(ElasticFuzz.eql(Array(q.utf8)) == 2)
    }

    @Test func randomBytes() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let n = Int.random(in: 0..<200, using: &rng)
            let bytes = (0..<n).map { _ in UInt8.random(in: 0...255, using: &rng) }
            for (_, entry) in Self.entries { _ = entry(bytes) }
        }
    }

    @Test func everyPrefixOfCorpusQueries() {
        let samples = ["execution_encoded_powershell.toml", "impact_shadow_copy_deletion_burst_esql.toml",
                       "persistence_service_installed_from_temp.toml", "command_and_control_script_host_dns_then_connect.toml"]
        for name in samples {
            guard let text = ElasticSampleCorpus.files.first(where: { $0.path.hasSuffix(name) })?.text else {
                Issue.record("missing \(name)"); continue
            }
            let bytes = Array(text.utf8)
            for cut in stride(from: 0, to: bytes.count, by: 7) {
                let prefix = Array(bytes[..<cut])
                _ = ElasticFuzz.rule(prefix)
                _ = ElasticFuzz.eql(prefix)
                _ = ElasticFuzz.kuery(prefix)
                _ = ElasticFuzz.esql(prefix)
            }
        }
    }

    @Test func mutatedCorpusFiles() {
        var rng = SystemRandomNumberGenerator()
        let files = ElasticCorpus.files.prefix(200)
        for f in files {
            var bytes = f.bytes
            for _ in 0..<8 where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            }
            _ = ElasticFuzz.rule(bytes)
        }
    }
}
