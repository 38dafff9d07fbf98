import RuleAtlasModel
import RuleAtlasSigma
import Testing

@Suite struct SigmaCorpusTests {
    @Test func everyFileLoads() {
        #expect(SigmaCorpus.files.count == 3141)
        let diagnostics = SigmaCorpus.parsed.flatMap(\.diagnostics)
        for d in diagnostics { print(d) }
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(SigmaCorpus.parsed.allSatisfy { $0.vendor == .sigma })
        #expect(SigmaCorpus.rules.count == 3141)
        #expect(SigmaCorpus.rules.allSatisfy { !$0.predicates.isEmpty })
    }
}
