import RuleAtlasModel
import RuleAtlasSigma
import RuleAtlasYAML
import Testing

/// Rule-level reading: metadata, correlation rules, non-rule documents and hostile files.
@Suite struct SigmaRuleDocumentTests {
    func parse(_ text: String, path: String = "doc.yml") -> ParsedFile {
        SigmaParser.parse(path: path, bytes: Array(text.utf8))
    }

    @Test func metadataTagsAndDeprecation() throws {
        let file = parse("""
        title: Old rule
        id: abc
        status: deprecated
        description: |
            Several
              lines   of text.
        tags:
            - attack.t1059.001
            - attack.T1059.001
            - attack.execution
            - attack.defense_evasion
            - attack.g0032
            - attack.s0002
            - cve.2021-44228
            - attack.t1059
        logsource: {product: windows, category: ps_script}
        detection:
            sel: {ScriptBlockText|contains: 'IEX'}
            condition: sel
        level: critical
        """)
        let rule = try #require(file.rules.first)
        #expect(file.diagnostics.isEmpty)
        #expect(rule.techniques.map(\.rawValue) == ["T1059.001", "T1059"])
        #expect(rule.tactics == ["execution", "defense-evasion"])
        #expect(rule.deprecated)
        #expect(rule.level == .critical)
        #expect(rule.description == "Several lines of text.")
        #expect(parse("title: t\nid: u\nstatus: unsupported\nlogsource: {}\ndetection: {s: {A: 1}, condition: s}\n").rules.first?.deprecated == true)
    }

    @Test func correlationRulesHaveTechniquesAndNoPredicates() throws {
        let file = parse("""
        title: Many failed logons
        id: corr-1
        correlation:
            type: event_count
            rules: [failed_logon]
            group-by: [TargetUserName]
            timespan: 5m
            condition: {gte: 10}
        tags: [attack.t1110.001, attack.credential_access]
        level: medium
        """)
        let rule = try #require(file.rules.first)
        #expect(file.vendor == .sigma)
        #expect(rule.isCorrelation)
        #expect(rule.predicates.isEmpty)
        #expect(rule.techniques.map(\.rawValue) == ["T1110.001"])
        #expect(rule.tactics == ["credential-access"])
    }

    @Test func nonRuleDocumentsAreSkippedSilently() {
        let file = parse("""
        title: A meta filter
        logsource: {product: windows}
        filter:
            rules: [x]
            selection: {User: admin}
            condition: not selection
        ---
        just: data
        """)
        #expect(file.rules.isEmpty)
        #expect(file.diagnostics.isEmpty)
        #expect(file.vendor == nil)
        #expect(!file.failed)
    }

    @Test func isSigmaNeedsLogsourceForDetectionRules() throws {
        let docs = YAMLParser.parse(bytes: Array("detection: {}\n---\ndetection: {}\nlogsource: {}\n---\ncorrelation: {}\n---\n- a\n".utf8), path: "x").documents
        #expect(docs.map(SigmaParser.isSigma) == [false, true, true, false])
    }

    @Test func brokenRuleIsSkippedAndOthersLoad() {
        let file = parse("""
        title: Good
        id: one
        logsource: {product: windows}
        detection: {s: {A: 1}, condition: s}
        ---
        title: Bad value
        id: two
        logsource: {product: windows}
        detection:
            s:
                A: {nested: map}
            condition: s
        ---
        title: Bad yaml
        id: three
        detection: [unclosed
        ---
        title: Good again
        id: four
        logsource: {product: windows}
        detection: {s: {B: 1}, condition: s}
        """)
        #expect(file.rules.map(\.id) == ["one", "four"])
        #expect(file.diagnostics.map(\.description) == [
            "doc.yml:17:1: error: YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence",
            "doc.yml:11:12: error: the value of 'A' cannot be a map",
        ])
        #expect(!file.failed)
    }

    @Test func emptyBinaryAndAliasBombFiles() {
        let empty = SigmaParser.parse(path: "empty.yml", bytes: [])
        #expect(empty.rules.isEmpty && empty.diagnostics.isEmpty && !empty.failed)

        let binary = SigmaParser.parse(path: "bin.yml", bytes: [0x00, 0x01, 0xFF, 0xFE, 0x80, 0x41, 0x0A])
        #expect(binary.rules.isEmpty)
        #expect(binary.failed)
        #expect(binary.diagnostics.first?.line == 1)

        var bomb = "title: Bomb\nid: b\nlogsource: {product: windows}\nx0: &x0 [a, a, a, a, a, a, a, a, a, a]\n"
        for i in 1...12 { bomb += "x\(i): &x\(i) [" + Array(repeating: "*x\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        bomb += "detection: {s: {A: *x12}, condition: s}\n"
        let file = parse(bomb, path: "bomb.yml")
        #expect(file.rules.isEmpty)
        #expect(file.failed)
        #expect(file.diagnostics.first?.message.contains("alias expansion") == true)
    }

    @Test func nonUTF8RuleIsADiagnosticWithPosition() {
        let bytes = Array("title: x\nid: y\nlogsource: {product: windows}\ndetection:\n    s: {A: 'caf".utf8) + [0xE9] + Array("'}\n    condition: s\n".utf8)
        let file = SigmaParser.parse(path: "latin1.yml", bytes: bytes)
        #expect(file.rules.isEmpty)
        #expect(file.diagnostics.map(\.description) == ["latin1.yml:5:16: error: invalid input: invalid trailing UTF-8 octet (byte 0x27)"])
    }

    @Test func missingIdAndTitleAreWarnings() throws {
        let file = parse("logsource: {product: windows}\ndetection: {s: {A: 1}, condition: s}\n", path: "anon.yml")
        let rule = try #require(file.rules.first)
        #expect(rule.id == "anon.yml")
        #expect(file.diagnostics.map(\.severity) == [.warning, .warning])
    }
}
