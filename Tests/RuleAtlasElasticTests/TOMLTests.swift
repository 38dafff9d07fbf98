import RuleAtlasModel
import Testing

@testable import RuleAtlasElastic

@Suite struct TOMLTests {
    func parse(_ s: String) -> Result<TOMLTable, TOMLError> { TOMLDocument.parse(Array(s.utf8)) }

    @Test func valuesTablesArraysAndPositions() throws {
        let text = """
            [metadata]
            integration = ["endpoint", "windows"]
            maturity = "production"

            [rule]
            risk_score = 47
            ratio = 0.5
            enabled = true
            when = 2024-01-02
            query = '''
            process where a == "C:\\x"
            '''

            [[rule.threat]]
            framework = "MITRE ATT&CK"
            [[rule.threat]]
            framework = "other"
            """
        let root = try parse(text).get()
        #expect(root["metadata"]?.table?["integration"]?.strings == ["endpoint", "windows"])
        let rule = try #require(root["rule"]?.table)
        if case .integer(let n) = rule["risk_score"] { #expect(n == 47) } else { Issue.record("risk_score") }
        if case .float(let d) = rule["ratio"] { #expect(d == 0.5) } else { Issue.record("ratio") }
        #expect(rule["enabled"]?.bool == true)
        #expect(rule["when"]?.scalarText == "2024-01-02")
        let query = try #require(rule.entry("query"))
        #expect(query.value.string == "process where a == \"C:\\x\"\n")
        // A multi-line string's position is that of its first content byte.
        #expect(query.line == 11 && query.column == 1)
        #expect(rule["threat"]?.array?.count == 2)
        #expect(rule.entry("risk_score")?.line == 6)
    }

    @Test func escapesAndUnicode() throws {
        let root = try parse(#"a = "tab\there \U0001F600 \u00e9""# + "\nb = 'C:\\raw\\path'\n").get()
        #expect(root["a"]?.string == "tab\there \u{1F600} é")
        #expect(root["b"]?.string == #"C:\raw\path"#)
    }

    @Test func malformedTOMLGivesLineAndColumn() {
        guard case .failure(let e) = parse("[rule]\nname = \"ok\"\nquery = '''unterminated\n") else {
            Issue.record("expected a failure"); return
        }
        #expect(e.line >= 3)
        #expect(!e.message.isEmpty)
        guard case .failure(let dup) = parse("a = 1\na = 2\n") else { Issue.record("duplicate key accepted"); return }
        #expect(dup.line == 2)
        guard case .failure = parse("x = [1, \n") else { Issue.record("open array accepted"); return }
        guard case .failure = parse("\u{FF}\u{FE} = 1") else { Issue.record("bad key accepted"); return }
    }

    @Test func emptyAndBinaryInput() {
        #expect((try? parse("").get())?.entries.isEmpty == true)
        let binary: [UInt8] = [0x00, 0xFF, 0x5B, 0x72, 0x0A, 0xC3]
        if case .success = TOMLDocument.parse(binary) { Issue.record("binary accepted") }
    }

    @Test func malformedRuleFilesAreDiagnosticsWithPlaces() {
        let broken = ElasticParser.parse(path: "x.toml", bytes: Array("[rule]\nname = \"a\"\nrule_id = \n".utf8))
        #expect(broken.rules.isEmpty)
        #expect(broken.failed)
        #expect(broken.diagnostics.first?.line == 3)

        let noRule = ElasticParser.parse(path: "y.toml", bytes: Array("[metadata]\nmaturity = \"production\"\n".utf8))
        #expect(noRule.rules.isEmpty && noRule.diagnostics.count == 1)

        let badQuery = """
            [rule]
            name = "Bad"
            rule_id = "r-1"
            type = "eql"
            language = "eql"
            query = '''
            process where
              process.name == "a" and (b == 1
            '''
            """
        let parsed = ElasticParser.parse(path: "z.toml", bytes: Array(badQuery.utf8))
        #expect(parsed.rules.count == 1, "a rule with a broken query is still indexed by technique")
        let d = parsed.diagnostics.first { $0.severity == .error }
        #expect(d?.line == 9)
        #expect(d?.message.contains("rule 'Bad' (r-1)") == true)
    }

    @Test func looksLikeElastic() {
        #expect(ElasticParser.looksLikeElastic(Array("[metadata]\nx = 1\n\n[rule]\nname = 'a'\n".utf8)))
        #expect(!ElasticParser.looksLikeElastic(Array("title: x\ndetection:\n  rule: 1\n".utf8)))
        #expect(!ElasticParser.looksLikeElastic(Array("[rules]\n".utf8)))
        #expect(!ElasticParser.looksLikeElastic([]))
    }
}

extension TOMLTests {
    @Test func omittedStringsKeepLinesAndTheRest() throws {
        let text = """
            [rule]
            name = "n"
            note = \"\"\"## Guide
            line "two" \\\"\"\" still inside
            [not a header]
            \"\"\"
            setup = '''
            x'''
            query = '''
            a : b
            '''

            [transform]
            [[transform.osquery]]
            label = "L"
            query = \"\"\"
            SELECT 1
            \"\"\"

            [[rule.threat]]
            framework = "MITRE ATT&CK"
            """
        let full = try TOMLDocument.parse(Array(text.utf8)).get()
        let short = try TOMLDocument.parse(Array(text.utf8), omittingValues: ["note", "setup"]).get()
        let fullRule = try #require(full["rule"]?.table)
        let rule = try #require(short["rule"]?.table)
        #expect(fullRule["note"]?.string?.contains("still inside") == true)
        #expect(rule["note"]?.string?.allSatisfy { $0 == "\n" } == true)
        #expect(rule["setup"]?.string == "")
        #expect(rule["query"]?.string == "a : b\n")
        #expect(rule.entry("query")?.line == fullRule.entry("query")?.line)
        // A kept key's multi-line value is copied whole, even where it looks like a table.
        #expect(short["transform"]?.table?["osquery"]?.array?.first?.table?["query"]?.string == "SELECT 1\n")
        #expect(rule["threat"]?.array?.count == 1)
        #expect(rule.entry("threat")?.line == fullRule.entry("threat")?.line)
    }

    @Test func unreadOneLineStringsAndStringArraysGoWithTheirKeys() throws {
        let text = """
            [rule]
            author = ["Elastic"]
            references = [
                "https://example.org/a", # a comment
                'literal \\ path',
            ]
            false_positives = ["one", "two",]
            name = "Kept"
            license = "Elastic License v2"

            [[rule.threat]]
            framework = "MITRE ATT&CK"
            reference = "https://attack.mitre.org/tactics/TA0002/"
            [rule.threat.tactic]
            id = "TA0002"
            reference = "https://attack.mitre.org/tactics/TA0002/"

            [rule.investigation_fields]
            field_names = ["host.name"]
            """
        let keys = ["author", "references", "false_positives", "license", "reference"]
        let full = try TOMLDocument.parse(Array(text.utf8)).get()
        let short = try TOMLDocument.parse(Array(text.utf8), omittingValues: keys + ["field_names"]).get()
        let rule = try #require(short["rule"]?.table)
        #expect(rule.entries.map(\.key) == ["investigation_fields", "name", "threat"])
        #expect(rule["investigation_fields"]?.table?.entries.isEmpty == true)
        #expect(rule["name"]?.string == "Kept")
        #expect(rule.entry("name")?.line == full["rule"]?.table?.entry("name")?.line)
        let threat = try #require(rule["threat"]?.array?.first?.table)
        #expect(threat["reference"] == nil && threat["framework"]?.string == "MITRE ATT&CK")
        #expect(threat["tactic"]?.table?["id"]?.string == "TA0002" && threat["tactic"]?.table?["reference"] == nil)
        let fullTactic = full["rule"]?.table?["threat"]?.array?.first?.table?["tactic"]?.table
        #expect(threat["tactic"]?.table?.entry("id")?.line == fullTactic?.entry("id")?.line)
    }

    @Test func multiLineStringsInsideArraysAreFollowed() throws {
        let text = """
            [rule]
            false_positives = [
                \"\"\"
                Admins may do this. \\
                Rarely.
                \"\"\",
                'one line',
            ]
            tags = [
                \"\"\"
            references = ["inside a kept string"]
            \"\"\", "b",
            ]
            references = ["y"]
            name = "n"
            """
        let full = try TOMLDocument.parse(Array(text.utf8)).get()
        let short = try TOMLDocument.parse(Array(text.utf8), omittingValues: ["false_positives", "references"]).get()
        let rule = try #require(short["rule"]?.table)
        #expect(Set(rule.entries.map(\.key)) == ["tags", "name"])
        #expect(rule["tags"]?.array?.first?.string == full["rule"]?.table?["tags"]?.array?.first?.string)
        #expect(rule["tags"]?.array?.first?.string?.contains("references = [") == true)
        #expect(rule.entry("name")?.line == full["rule"]?.table?.entry("name")?.line)
    }

    @Test func valuesThatAreNotSimpleStayAsWritten() throws {
        for (text, key) in [
            ("[rule]\nreferences = [\"a\\qb\"]\nname = \"n\"\n", "an invalid escape"),
            ("[rule]\nreferences = [\"a\u{01}b\"]\nname = \"n\"\n", "a control character"),
            ("[rule]\nreferences = [\"a\", 1]\nname = \"n\"\n", "a number"),
            ("[rule]\nreferences = [\"a\", [\"b\"]]\nname = \"n\"\n", "a nested array"),
            ("[rule]\nreferences = \"a\" \"b\"\nname = \"n\"\n", "text after the value"),
        ] {
            let short = TOMLDocument.parse(Array(text.utf8), omittingValues: ["references"])
            let full = TOMLDocument.parse(Array(text.utf8))
            switch (short, full) {
            case (.success(let a), .success(let b)):
                #expect(a["rule"]?.table?["references"] != nil, "\(key)")
                #expect(a["rule"]?.table?["references"]?.array?.count == b["rule"]?.table?["references"]?.array?.count, "\(key)")
                #expect(a["rule"]?.table?.entries.count == b["rule"]?.table?.entries.count, "\(key)")
            case (.failure(let a), .failure(let b)):
                #expect(a == b, "\(key)")
            default:
                Issue.record("\(key): omitting changed whether the text parses")
            }
        }
    }

    @Test func errorsInsideUnreadValuesAreStillReported() {
        for text in [
            "[rule]\nreferences = [\"a\",, \"b\"]\n",  // two commas
            "[rule]\nreferences = [\"a\"]\nreferences = [\"b\"]\n",  // a key defined twice
            "[rule]\nreferences = [\"a\"\n",  // never closed
        ] {
            guard case .failure(let short) = TOMLDocument.parse(Array(text.utf8), omittingValues: ["references"]),
                case .failure(let full) = TOMLDocument.parse(Array(text.utf8))
            else {
                Issue.record("expected a failure: \(text)")
                continue
            }
            #expect(short == full)
        }
    }

    @Test func omittingFallsBackToTheFullTextOnErrors() {
        let text = "[rule]\nnote = '''\nunterminated\n"
        guard case .failure(let e) = TOMLDocument.parse(Array(text.utf8), omittingValues: ["note"]) else {
            Issue.record("expected a failure"); return
        }
        guard case .failure(let full) = TOMLDocument.parse(Array(text.utf8)) else { return }
        #expect(e == full)
    }
}
