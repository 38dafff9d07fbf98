import RuleAtlasModel
import Testing

@testable import RuleAtlasElastic

@Suite struct ESQLGrammarTests {
    @Test func fromAndWhereBeforeStats() throws {
        let out = try ESQLParser.parse("""
            FROM logs-aws.cloudtrail-*, logs-endpoint.events.process-* METADATA _id, _version
            | WHERE event.provider == "iam.amazonaws.com" AND event.action IN ("CreateAccessKey", "CreateUser")
                AND user.target.name LIKE "BedrockAPIKey-*" AND NOT source.ip RLIKE "10\\\\..*"
            | STATS Esql.count = COUNT(*) BY user.name
            | WHERE Esql.count > 5 AND user.name == "late"
            | KEEP user.name
            """)
        #expect(out.sources == ["logs-aws.cloudtrail-*", "logs-endpoint.events.process-*"])
        #expect(predicateStrings(out.expr) == [
            "positive event.provider eq iam.amazonaws.com", "positive event.action eq CreateAccessKey",
            "positive event.action eq CreateUser", "positive user.target.name starts_with BedrockAPIKey-",
            #"exclusion source.ip regex_match 10\..*"#,
        ])
    }

    @Test func nullsAndComputedFields() throws {
        let out = try ESQLParser.parse("""
            from logs-endpoint.alerts-*
            | eval Esql.lower = to_lower(process.name), Esql.len = length(process.command_line)
            | where rule.name is not null and Esql.lower like "*sc*" and Esql.len > 100 and x is null // comment
            """)
        #expect(predicateStrings(out.expr) == ["positive rule.name exists true", "positive process.name match sc", "positive x is_null null"])
    }

    @Test func likeEscapesAndFunctions() throws {
        let out = try ESQLParser.parse(#"FROM x | WHERE a LIKE "C:\\\\Windows\\\\*" and starts_with(b, "p") and @timestamp > NOW() - 7 days and c::string == "1""#)
        #expect(termStrings(out.expr) == [#"a starts_with C:\Windows\"#, "b starts_with p", "c eq 1"])
    }

    @Test func embeddedKQL() throws {
        let out = try ESQLParser.parse(#"FROM .alerts-security.* | WHERE KQL("""kibana.alert.rule.name : "x" and not user.name : root""")"#)
        #expect(predicateStrings(out.expr) == ["positive kibana.alert.rule.name eq x", "exclusion user.name eq root"])
    }

    @Test func malformed() {
        #expect(throws: QuerySyntaxError.self) { try ESQLParser.parse("FROM x | WHERE a ==") }
        #expect(throws: QuerySyntaxError.self) { try ESQLParser.parse(#"FROM x | WHERE a == "open"#) }
        #expect(throws: QuerySyntaxError.self) { try ESQLParser.parse("FROM x | WHERE (a == 1") }
    }
}

extension ESQLGrammarTests {
    @Test func grokAndDissectOutputsAreComputed() throws {
        let out = try ESQLParser.parse(#"""
            FROM logs-*
            | WHERE a == "1"
            | GROK dns.question.name "%{INT:chunk_index}-%{DATA:chunk_payload}\\.%{GREEDYDATA:Esql.base_domain}"
            | GROK user.arn """:(?<Esql.caller_account>[0-9]{12}):"""
            | DISSECT msg "%{?skip} %{+who} %{Esql.what}"
            | WHERE chunk_index IS NOT NULL and Esql.caller_account is not null and Esql.what == "x" and who == "y" and b == "2"
            """#)
        #expect(predicateStrings(out.expr) == ["positive a eq 1", "positive b eq 2"])
    }
}
