import Foundation
@testable import RuleAtlasElastic
import RuleAtlasCatalog
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

extension ElasticCorpusTests {
    /// Leaving out `note`, `setup` and `[transform]` changes nothing the parser reads.
    @Test func omittingUnreadTextChangesNoRule() {
        var shortened = 0
        for f in ElasticCorpus.files {
            guard case .success(let full) = TOMLDocument.parse(f.bytes),
                case .success(let short) = TOMLDocument.parse(f.bytes, omittingStrings: ElasticParser.unreadStrings, omittingTables: ElasticParser.unreadTables)
            else { Issue.record("\(f.path) does not parse"); continue }
            let a = full["rule"]?.table, b = short["rule"]?.table
            #expect(a?.entries.map(\.key) == b?.entries.map(\.key), "\(f.path)")
            for key in ["query", "name", "rule_id", "description", "type", "language", "severity"] {
                #expect(a?[key]?.string == b?[key]?.string, "\(f.path) \(key)")
                #expect(a?.entry(key)?.line == b?.entry(key)?.line, "\(f.path) \(key) line")
            }
            #expect(a?["threat"]?.array?.count == b?["threat"]?.array?.count, "\(f.path)")
            #expect(a?["filters"]?.array?.count == b?["filters"]?.array?.count, "\(f.path)")
            #expect(full["metadata"]?.table?.entries.count == short["metadata"]?.table?.entries.count, "\(f.path)")
            if let note = b?["note"]?.string, note.allSatisfy({ $0 == "\n" }) { shortened += 1 }
        }
        // The shortened text, not the fallback, was parsed for (nearly) every file with a guide.
        #expect(shortened > 1900)
    }
}

extension ElasticCorpusTests {
    /// The remembered row choice maps every corpus predicate exactly as the field table does.
    @Test func fieldMapCacheAgreesWithTheFieldTable() {
        var checked = 0
        for p in ElasticCorpus.parsed {
            guard let doc = p.document else { continue }
            let scope = FieldScope(events: doc.rule.events, categories: Set(doc.eqlCategories).union(doc.platforms))
            let id = ElasticFieldMapCache.shared.scopeID(scope)
            for x in doc.rule.predicates {
                for field in [x.rawField, x.field] {
                    let draft = PredicateDraft(field: field, rawField: x.rawField, op: x.op, value: x.value)
                    let fast = ElasticFieldMapCache.shared.map(draft, scope: scope, scopeID: id)
                    let slow = FieldTable.builtin.map(vendor: "elastic", draft, scope: scope)
                    #expect(fast == slow, "\(p.path): \(draft)")
                    checked += 1
                }
            }
        }
        #expect(checked > 50_000)
    }
}
