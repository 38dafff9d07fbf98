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
    /// Leaving out the unread values and tables changes no rule and no diagnostic.
    @Test func omittingUnreadTextChangesNoRule() {
        var shortened = 0
        for f in ElasticCorpus.files {
            let (whole, wholeDiagnostics) = ElasticParser.parseDocument(path: f.path, bytes: f.bytes, omittingUnread: false)
            guard let parsed = ElasticCorpus.parsed.first(where: { $0.path == f.path }) else { continue }
            #expect(parsed.document?.rule == whole?.rule, "\(f.path)")
            #expect(parsed.document?.type == whole?.type && parsed.document?.index == whole?.index, "\(f.path)")
            #expect(parsed.document?.integrations == whole?.integrations && parsed.document?.maturity == whole?.maturity, "\(f.path)")
            #expect(parsed.diagnostics == wholeDiagnostics, "\(f.path)")
            // The shortened text, not the fallback, was read: its references are gone.
            if case .success(let short) = TOMLDocument.parse(f.bytes, omittingValues: ElasticParser.unreadValues),
                short["rule"]?.table?["references"] == nil,
                short["rule"]?.table?["note"]?.string?.allSatisfy({ $0 == "\n" }) ?? true {
                shortened += 1
            }
        }
        #expect(shortened > 2000)
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

/// Randomly damaged corpus files: leaving out unread TOML values never changes what a
/// file gives, whatever the damage (a quote or bracket left open, a bad escape, a control
/// character, a repeated key...).
@Suite struct ElasticOmissionDamageTests {

    static let damage: [[UInt8]] = ["\"", "'", "\"\"\"", "'''", "[", "]", ",", ",,", "\\", "\\q", "\\u12", "#", "\n", "=", "\t", "\r", "\0", "\u{7F}",
                                    "\u{FF}", "\nreferences = [\"x\"]\n", "\n[rule]\n", "\nauthor = \"y\"\n"].map { Array($0.utf8) }

    /// Offsets just after `references = `, `false_positives = `, `reference = `, `author = `.
    static func unreadStarts(_ bytes: [UInt8]) -> [Int] {
        let keys = ["references = ", "false_positives = ", "reference = ", "author = "].map { Array($0.utf8) }
        var out: [Int] = []
        for i in 0..<bytes.count where bytes[i] == 0x0A {
            for k in keys where i + 1 + k.count <= bytes.count && Array(bytes[(i + 1)..<(i + 1 + k.count)]) == k { out.append(i + 1 + k.count) }
        }
        return out
    }

    @Test func damagedFilesReadTheSameWithAndWithoutOmitting() {
        var rng = SeededGenerator(seed: 0x70_4D1)
        let files = ElasticCorpus.files
        var errors = 0
        for _ in 0..<2_000 {
            let f = files[Int.random(in: 0..<files.count, using: &rng)]
            var bytes = f.bytes
            let unread = Self.unreadStarts(bytes)
            for _ in 0..<(1 + Int.random(in: 0..<3, using: &rng)) {
                var at = Int.random(in: 0..<(bytes.count + 1), using: &rng)
                if Int.random(in: 0..<3, using: &rng) != 0, !unread.isEmpty { at = min(bytes.count, unread[Int.random(in: 0..<unread.count, using: &rng)] + Int.random(in: 0..<120, using: &rng)) }
                if Int.random(in: 0..<3, using: &rng) == 0, at < bytes.count { bytes.remove(at: at) }
                bytes.insert(contentsOf: Self.damage[Int.random(in: 0..<Self.damage.count, using: &rng)], at: min(at, bytes.count))
            }
            let (short, shortDiagnostics) = ElasticParser.parseDocument(path: f.path, bytes: bytes)
            let (whole, wholeDiagnostics) = ElasticParser.parseDocument(path: f.path, bytes: bytes, omittingUnread: false)
            if wholeDiagnostics.contains(where: { $0.severity == .error }) { errors += 1 }
            #expect(short?.rule == whole?.rule, "\(f.path)")
            #expect(shortDiagnostics == wholeDiagnostics, "\(f.path)")
        }
        #expect(errors > 300)
    }
}
