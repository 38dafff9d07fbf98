@testable import RuleAtlasElastic
import RuleAtlasModel
import Testing

/// The shortened read of a rule file (unread text left out before TOML parsing) gives
/// exactly the rule a parse of the whole file gives: same metadata, predicates, events
/// and diagnostics, for every file of the corpus.
@Suite struct ElasticTrimEquivalenceTests {
    @Test func everyCorpusRuleIsTheSameReadWhole() {
        var compared = 0, predicates = 0
        for (index, f) in ElasticCorpus.files.enumerated() {
            guard case .success(let root) = TOMLDocument.parse(f.bytes) else {
                Issue.record("\(f.path) does not parse whole")
                continue
            }
            var reader = ElasticRuleReader(path: f.path, root: root)
            let whole = reader.read()
            let short = ElasticCorpus.parsed[index]
            #expect(short.path == f.path)
            #expect(whole?.rule == short.document?.rule, "\(f.path)")
            #expect(reader.diagnostics == short.diagnostics, "\(f.path)")
            #expect(whole?.type == short.document?.type && whole?.language == short.document?.language, "\(f.path)")
            #expect(whole?.index == short.document?.index && whole?.integrations == short.document?.integrations, "\(f.path)")
            #expect(whole?.tags == short.document?.tags && whole?.platforms == short.document?.platforms, "\(f.path)")
            #expect(whole?.riskScore == short.document?.riskScore && whole?.severity == short.document?.severity, "\(f.path)")
            #expect(whole?.buildingBlockType == short.document?.buildingBlockType && whole?.maturity == short.document?.maturity, "\(f.path)")
            #expect(whole?.query == short.document?.query && whole?.eqlCategories == short.document?.eqlCategories, "\(f.path)")
            compared += 1
            predicates += whole?.rule.predicates.count ?? 0
        }
        #expect(compared > 2000)
        #expect(predicates > 20_000)
    }
}
