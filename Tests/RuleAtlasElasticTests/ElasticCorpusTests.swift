import Foundation
import RuleAtlasElastic
import RuleAtlasModel
import RuleAtlasTestSupport
import Testing

/// The whole Elastic corpus under `shared/corpora/elastic/rules`.
enum ElasticCorpus {
    static let files: [(path: String, bytes: [UInt8])] = {
        let root = SharedData.elasticRules
        let fm = FileManager.default
        var out: [(String, [UInt8])] = []
        if let e = fm.enumerator(atPath: root.path) {
            while let rel = e.nextObject() as? String {
                guard rel.hasSuffix(".toml") else { continue }
                if let data = fm.contents(atPath: root.appendingPathComponent(rel).path) { out.append((rel, [UInt8](data))) }
            }
        }
        return out.sorted { $0.0 < $1.0 }
    }()

    static let parsed: [(path: String, document: ElasticRuleDocument?, diagnostics: [Diagnostic])] = files.map { f in
        let (d, diags) = ElasticParser.parseDocument(path: f.path, bytes: f.bytes)
        return (f.path, d, diags)
    }

    static func document(_ suffix: String) -> ElasticRuleDocument? {
        parsed.first { $0.path.hasSuffix(suffix) }?.document
    }
}

@Suite struct ElasticCorpusTests {
    @Test func everyFileLoads() {
        #expect(ElasticCorpus.files.count > 2000)
        var failed: [String] = []
        for p in ElasticCorpus.parsed where p.document == nil { failed.append(p.path) }
        #expect(failed.isEmpty, "files without a rule: \(failed.prefix(5))")
        for f in ElasticCorpus.files { #expect(ElasticParser.looksLikeElastic(f.bytes), "\(f.path)") }
    }

    @Test func everyProductionRuleHasAPositivePredicateOrSaysWhy() {
        var withPositive = 0, explained = 0, ml = 0, unexplained: [String] = []
        var byLanguage: [String: Int] = [:]
        var diagnosticsBySeverity: [Diagnostic.Severity: Int] = [:]
        for p in ElasticCorpus.parsed {
            for d in p.diagnostics { diagnosticsBySeverity[d.severity, default: 0] += 1 }
            guard let doc = p.document, !doc.rule.deprecated else { continue }
            if doc.type == "machine_learning" { ml += 1; continue }
            byLanguage[doc.language ?? doc.type, default: 0] += 1
            if doc.rule.predicates.contains(where: { $0.polarity == .positive }) {
                withPositive += 1
            } else if !p.diagnostics.isEmpty {
                explained += 1
            } else {
                unexplained.append(p.path)
            }
        }
        print("elastic corpus: \(withPositive) rules with a positive predicate, \(explained) explained by a diagnostic, \(ml) machine-learning; by language \(byLanguage.sorted { $0.key < $1.key }); diagnostics \(diagnosticsBySeverity)")
        #expect(unexplained.isEmpty, "\(unexplained.prefix(10))")
        #expect(withPositive > 1700)
    }

    @Test func noSyntaxErrorsOnTheCorpus() {
        let errors = ElasticCorpus.parsed.flatMap(\.diagnostics).filter { $0.severity == .error }
        for e in errors.prefix(20) { print(e) }
        #expect(errors.isEmpty)
    }

    @Test func warningsAreFew() {
        let warnings = ElasticCorpus.parsed.flatMap(\.diagnostics).filter { $0.severity == .warning }
        for e in warnings.prefix(40) { print(e) }
        #expect(warnings.count < 60)
    }
}
