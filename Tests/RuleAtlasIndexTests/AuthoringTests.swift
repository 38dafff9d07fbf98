import Foundation
import RuleAtlasIndex
import RuleAtlasModel
import RuleAtlasTestSupport
import Testing

/// `authoring.analyze` and `authoring.suggest` over the real Sigma corpus.
@Suite struct AuthoringTests {
    static let scCreate = SharedData.sigmaRules.appendingPathComponent("windows/process_creation/proc_creation_win_sc_create_service.yml")

    @Test func analyzeReadsADraftAsTheCorpusScanWould() throws {
        let text = try String(contentsOf: Self.scCreate, encoding: .utf8)
        let draft = try DraftAnalyzer.analyze(text: text, format: nil)
        let rule = try #require(draft.rule)
        let indexed = try IndexFixtures.sigma.ruleGet(rule.id)
        #expect(rule.vendor == .sigma)
        #expect(rule.predicates == indexed.predicates)
        #expect(rule.techniques == indexed.techniques)
        #expect(draft.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test func analyzeReportsWhatItCannotRead() throws {
        let unknown = try DraftAnalyzer.analyze(text: "just some words\n", format: nil)
        #expect(unknown.rule == nil)
        #expect(unknown.diagnostics.first?.severity == .error)
        let broken = try DraftAnalyzer.analyze(text: "title: x\nlogsource: {product: windows}\ndetection:\n  sel: {A: b}\n  condition: sel and\n", format: .sigma)
        #expect(broken.rule == nil)
        #expect(broken.diagnostics.contains { $0.severity == .error && $0.line >= 1 })
        #expect(throws: IndexQueryError.self) { try DraftAnalyzer.analyze(text: "search: x\n", format: .splunk) }
        let huge = String(repeating: "a", count: DraftAnalyzer.maxTextBytes + 1)
        #expect(throws: IndexQueryError.self) { try DraftAnalyzer.analyze(text: huge, format: .sigma) }
    }

    @Test func analyzeDetectsElasticTOML() throws {
        let text = """
        [metadata]
        maturity = "production"
        [rule]
        rule_id = "00000000-0000-4000-8000-00000000abcd"
        name = "Draft"
        type = "query"
        language = "kuery"
        severity = "low"
        risk_score = 21
        description = "x"
        query = 'event.category:process and process.name : "sc.exe" and process.args : "create"'
        """
        let rule = try #require(try DraftAnalyzer.analyze(text: text, format: nil).rule)
        #expect(rule.vendor == .elastic)
        #expect(rule.predicates.contains { $0.field == "Image" && $0.op == .endsWith && $0.value == "\\sc.exe" })
    }

    @Test func aCorpusRuleAsDraftFindsItselfFirst() throws {
        let snapshot = IndexFixtures.sigma
        let text = try String(contentsOf: Self.scCreate, encoding: .utf8)
        let draft = try #require(try DraftAnalyzer.analyze(text: text, format: .sigma).rule)
        let advice = try snapshot.authoringSuggest(technique: nil, draft: draft)
        #expect(advice.technique == draft.techniques.first)
        let similar = advice.suggestions.filter { $0.kind == .similarRule }
        #expect(similar.first?.ruleId == draft.id)
        #expect(similar.first?.similarity == 1)
        #expect(similar.allSatisfy { ($0.similarity ?? -1) >= 0 && ($0.similarity ?? 2) <= 1 })
        // Nothing the draft already has is suggested back.
        let own = Set(draft.predicates.map { "\($0.field.lowercased())|\($0.op.rawValue)|\($0.valueKey)" })
        for s in advice.suggestions where s.kind == .indicator || s.kind == .exclusion {
            #expect(!own.contains("\(s.field!.lowercased())|\(s.op!.rawValue)|\(s.value!.lowercased())"))
        }
    }

    @Test func noisyIndicatorsCountTheCorpusIndependently() throws {
        let snapshot = IndexFixtures.sigma
        let text = """
        title: Draft
        logsource: {category: process_creation, product: windows}
        detection:
          sel: {Image|endswith: '\\powershell.exe', CommandLine|contains: 'very-specific-token-xyz'}
          condition: sel
        """
        let draft = try #require(try DraftAnalyzer.analyze(text: text, format: .sigma).rule)
        let advice = try snapshot.authoringSuggest(technique: nil, draft: draft)
        #expect(advice.technique == nil)
        let noisy = advice.suggestions.filter { $0.kind == .noisyIndicator }
        #expect(noisy.count == 1)
        #expect(noisy.first?.field == "Image")
        // Reach counted straight from the rules: positive `Image ends_with \powershell.exe`.
        let reach = snapshot.rules.filter { r in
            !r.rule.deprecated && r.rule.predicates.contains {
                $0.polarity == .positive && $0.field == "Image" && $0.op == .endsWith && $0.valueKey == "\\powershell.exe"
            }
        }.count
        #expect(reach > 20)
        #expect(noisy.first?.rules == reach)
    }

    @Test func techniqueSuggestionsFollowTheTechniquePage() throws {
        let snapshot = IndexFixtures.sigma
        let advice = try snapshot.authoringSuggest(technique: TechniqueID("T1543.003"), draft: nil)
        let page = try snapshot.techniqueGet("T1543.003", limit: 5)
        #expect(advice.suggestions.filter { $0.kind == .field }.map(\.field) == page.fields.map(\.field))
        #expect(advice.suggestions.filter { $0.kind == .indicator }.map(\.value) == page.indicators.map(\.value))
        #expect(advice.suggestions.filter { $0.kind == .event }.map(\.eventId) == page.events.prefix(5).map(\.eventId))
        #expect(throws: IndexQueryError.self) { try snapshot.authoringSuggest(technique: TechniqueID("T9999"), draft: nil) }
    }
}
