import RuleAtlasModel
import Testing

@testable import RuleAtlasElastic

/// Rule metadata and `rule.filters` from small hand-written files.
@Suite struct ElasticRuleReaderTests {
    func read(_ body: String) -> (ElasticRuleDocument?, [Diagnostic]) {
        ElasticParser.parseDocument(path: "t.toml", bytes: Array(body.utf8))
    }

    static let header = """
        [metadata]
        integration = "windows"
        maturity = "deprecated"

        [rule]
        name = "T"
        rule_id = "id-1"
        severity = "critical"
        risk_score = 99
        building_block_type = "default"

        """

    @Test func metadataAndThreat() throws {
        let (doc, diagnostics) = read(Self.header + """
            type = "machine_learning"

            [[rule.threat]]
            framework = "MITRE ATT&CK"
            [[rule.threat.technique]]
            id = "T1562"
            name = "Impair Defenses"
            [[rule.threat.technique.subtechnique]]
            id = "T1562.001"
            name = "Disable or Modify Tools"
            [rule.threat.tactic]
            id = "TA0005"
            name = "Defense Evasion"

            [[rule.threat]]
            framework = "MITRE ATT&CK"
            [[rule.threat.technique]]
            id = "T9999"
            name = "Not In The Catalog"
            [rule.threat.tactic]
            id = "TA0011"
            name = "Command and Control"
            """)
        let d = try #require(doc)
        #expect(diagnostics.isEmpty)
        #expect(d.rule.id == "id-1" && d.rule.title == "T" && d.rule.vendor == .elastic)
        #expect(d.rule.level == .critical && d.riskScore == 99 && d.severity == "critical")
        #expect(d.rule.deprecated && d.rule.status == "deprecated")
        #expect(d.buildingBlockType == "default" && d.integrations == ["windows"])
        #expect(d.rule.techniques.map(\.rawValue) == ["T1562", "T1562.001", "T9999"])
        #expect(d.rule.tactics == ["defense-evasion", "command-and-control"])
        #expect(d.rule.techniqueNames[TechniqueID("T9999")!] == "Not In The Catalog")
        #expect(d.rule.predicates.isEmpty)
    }

    @Test func filtersAreConjunctsOfTheQuery() throws {
        let (doc, diagnostics) = read(Self.header + #"""
            type = "query"
            language = "kuery"
            query = "process.name : powershell.exe"

            [[rule.filters]]
            [rule.filters.meta]
            negate = true
            [rule.filters.query.wildcard."file.path"]
            value = "?:\\\\Program Files\\\\*"

            [[rule.filters]]
            [rule.filters.meta]
            negate = false
            [rule.filters.query.exists]
            field = "user.name"

            [[rule.filters]]
            [rule.filters.meta]
            disabled = true
            [rule.filters.query.exists]
            field = "ignored.field"

            [[rule.filters]]
            [rule.filters.meta]
            negate = false
            [rule.filters.query.match_phrase."event.outcome"]
            query = "success"

            [[rule.filters]]
            [rule.filters.meta]
            negate = false
            [rule.filters.query.geo_distance]
            distance = "10km"
            """#)
        let d = try #require(doc)
        let p = d.rule.predicates.map { "\($0.polarity.rawValue) \($0.rawField) \($0.op.rawValue) \($0.value)" }
        // No index and no category: the field table has no process scope to map `process.name` in.
        #expect(p.contains("positive process.name eq powershell.exe"))
        #expect(p.contains(#"exclusion file.path wildcard ?:\Program Files\*"#))
        #expect(p.contains("positive user.name exists true"))
        #expect(p.contains("positive event.outcome eq success"))
        #expect(!p.contains { $0.contains("ignored.field") })
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("geo_distance") == true)
        #expect(diagnostics.first?.message.contains("rule 'T' (id-1)") == true)
    }

    @Test func unknownLanguageAndMissingQueryAreDiagnostics() {
        let (a, da) = read(Self.header + "type = \"query\"\nlanguage = \"sql\"\nquery = \"SELECT 1\"\n")
        #expect(a != nil && a?.rule.predicates.isEmpty == true)
        #expect(da.contains { $0.severity == .warning && $0.message.contains("'sql'") })
        let (b, db) = read(Self.header + "type = \"eql\"\n")
        #expect(b != nil)
        #expect(db.contains { $0.message.contains("no query") })
    }

    @Test func onlySelectorsGivesAnInfoDiagnostic() {
        let (doc, diagnostics) = read(Self.header + "type = \"query\"\nlanguage = \"kuery\"\nquery = \"event.kind:alert and event.module:endgame\"\n")
        #expect(doc?.rule.predicates.isEmpty == true)
        #expect(diagnostics.contains { $0.severity == .info && $0.message.contains("no positive predicate") })
    }

    @Test func badTechniqueIdAndUnknownSeverity() {
        let (doc, diagnostics) = read("""
            [rule]
            name = "U"
            rule_id = "u"
            severity = "urgent"
            type = "machine_learning"
            [[rule.threat]]
            framework = "MITRE ATT&CK"
            [[rule.threat.technique]]
            id = "X1"
            name = "bad"
            """)
        #expect(doc?.rule.level == nil && doc?.rule.techniques.isEmpty == true)
        #expect(diagnostics.count == 2)
    }
}
