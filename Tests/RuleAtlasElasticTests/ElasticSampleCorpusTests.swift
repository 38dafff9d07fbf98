import RuleAtlasModel
import Testing

@testable import RuleAtlasElastic

@Suite struct ElasticSampleCorpusTests {
    static let parsed = ElasticSampleCorpus.files.map { f in
        (f.path, ElasticParser.parseDocument(path: f.path, bytes: Array(f.text.utf8)))
    }

    @Test func everySampleParsesWithoutDiagnostics() {
        #expect(ElasticSampleCorpus.files.count >= 10)
        for (path, (doc, diagnostics)) in Self.parsed {
            #expect(path.hasPrefix("sample/elastic/") && path.hasSuffix(".toml"))
            #expect(diagnostics.isEmpty, "\(path): \(diagnostics)")
            guard let doc else { Issue.record("\(path) yields no rule"); continue }
            #expect(!doc.rule.techniques.isEmpty, "\(path)")
            if doc.type != "machine_learning" {
                #expect(doc.rule.predicates.contains { $0.polarity == .positive }, "\(path)")
            }
        }
        #expect(Set(Self.parsed.map { $0.1.0?.rule.id ?? "" }).count == ElasticSampleCorpus.files.count)
    }

    @Test func samplesCoverEveryLanguage() {
        let languages = Set(Self.parsed.compactMap { $0.1.0?.language })
        #expect(languages == ["eql", "kuery", "esql", "lucene"])
        let types = Set(Self.parsed.compactMap { $0.1.0?.type })
        #expect(types.isSuperset(of: ["eql", "query", "esql", "threshold", "new_terms", "machine_learning"]))
    }

    func preds(_ suffix: String) -> [String] {
        let doc = Self.parsed.first { $0.0.hasSuffix(suffix) }?.1.0
        return doc?.rule.predicates.map { "\($0.polarity.rawValue) \($0.rawField) \($0.op.rawValue) \($0.value)" } ?? []
    }

    @Test func sequenceWithUntilAndCidr() {
        let p = preds("command_and_control_script_host_dns_then_connect.toml")
        #expect(p.contains(#"positive process.name ends_with \wscript.exe"#))
        #expect(p.contains("positive event.action eq lookup_requested"))
        #expect(p.contains("exclusion dns.question.name ends_with .microsoft.com"))
        #expect(p.contains("exclusion destination.ip cidr_match 10.0.0.0/8"))
    }

    @Test func esqlStopsAtStats() {
        let p = preds("impact_shadow_copy_deletion_burst_esql.toml")
        #expect(p.contains("positive process.command_line match shadow"))
        #expect(p.contains("positive process.command_line regex_match .*(delete|resize).*"))
        #expect(p.contains(#"exclusion user.name ends_with \backup_svc"#))
        #expect(!p.contains { $0.contains("Esql.") })
    }
}

extension ElasticSampleCorpusTests {
    @Test func luceneLinuxRule() {
        #expect(preds("privilege_escalation_setuid_via_chmod_lucene.toml") == [
            "positive process.name ends_with /chmod", "positive process.args match u+s",
            "positive process.args regex_match 4[0-7]{3}", "exclusion user.name eq root",
        ])
    }
}
