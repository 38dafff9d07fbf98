import RuleAtlasModel
import Testing

@testable import RuleAtlasElastic

@Suite struct EQLGrammarTests {
    func eql(_ s: String) throws -> EQLParser.Output { try EQLParser.parse(s) }
    func terms(_ s: String) throws -> [String] { termStrings(try eql(s).expr) }
    func preds(_ s: String) throws -> [String] { predicateStrings(try eql(s).expr) }

    @Test func equalityIsExactAndColonIsWildcard() throws {
        #expect(try terms(#"process where process.name == "sc.exe""#) == ["process.name eq sc.exe"])
        #expect(try terms(#"process where process.name : "sc.exe""#) == ["process.name eq sc.exe"])
        #expect(try terms(#"process where process.name : "*sc*""#) == ["process.name match sc"])
        #expect(try terms(#"process where process.executable : "C:\\*\\AppData\\*.exe""#) == [#"process.executable wildcard C:\*\AppData\*.exe"#])
        #expect(try terms(#"process where process.name : ("a.exe", "b*")"#) == ["process.name eq a.exe", "process.name starts_with b"])
    }

    @Test func notEqualExcludesInAndIsNegatedNeInOr() throws {
        #expect(try preds(#"process where a == "1" and b != "2""#) == ["positive a eq 1", "exclusion b eq 2"])
        #expect(try preds(#"process where a == "1" or b != "2""#) == ["positive a eq 1", "negated b ne 2"])
    }

    @Test func likeAndIn() throws {
        #expect(try terms(#"file where file.path like~ ("*x*", "/etc/*.plist")"#) == ["file.path match x", "file.path wildcard /etc/*.plist"])
        #expect(try terms(#"file where file.name like "a?c""#) == ["file.name wildcard a?c"])
        #expect(try terms(#"process where process.name in ("a.exe", "B.EXE") and process.name in~ ("c")"#) == [
            "process.name eq a.exe", "process.name eq B.EXE", "process.name eq c",
        ])
        #expect(try preds(#"process where a == "x" and process.name not in ("b", "c")"#) == [
            "positive a eq x", "exclusion process.name eq b", "exclusion process.name eq c",
        ])
        #expect(try preds(#"process where a == "x" and not process.name in ("b")"#) == ["positive a eq x", "exclusion process.name eq b"])
    }

    @Test func regexWithRawStrings() throws {
        #expect(try terms(#"process where process.name regex~ """[a-z0-9]\.exe""""#) == [#"process.name regex_match [a-z0-9]\.exe"#])
        #expect(try terms(#"process where process.name regex "a\\.b""#) == [#"process.name regex_match a\.b"#])
    }

    @Test func functions() throws {
        #expect(try terms(#"network where cidrmatch(destination.ip, "10.0.0.0/8", "192.168.0.0/16")"#) == [
            "destination.ip cidr_match 10.0.0.0/8", "destination.ip cidr_match 192.168.0.0/16",
        ])
        #expect(try terms(#"process where startsWith~(process.name, "ps") and endsWith(process.name, ".exe") and stringContains(process.command_line, "-enc")"#) == [
            "process.name starts_with ps", "process.name ends_with .exe", "process.command_line match -enc",
        ])
        let out = try eql(#"process where length(process.args) > 2 and process.name == "x""#)
        #expect(termStrings(out.expr) == ["process.name eq x"])
        #expect(out.notes.isEmpty)
        #expect(try eql(#"process where frobnicate(process.name)"#).notes.count == 1)
    }

    @Test func optionalFieldsNullAndComments() throws {
        #expect(try terms(#"process where ?process.parent.executable != null /* comment */ and ?x == null // tail"#) == [
            "process.parent.executable exists true", "x is_null null",
        ])
    }

    @Test func sequencesGivePredicatesFromEveryStageAndCategories() throws {
        let q = """
            sequence by host.id, process.entity_id with maxspan=1m
              [process where event.type == "start" and process.name == "a.exe"] by process.pid
              [network where destination.port == 443] with runs=3
            until [process where event.type == "end"]
            """
        let out = try eql(q)
        #expect(out.categories == ["process", "network", "process"])
        #expect(predicateStrings(out.expr) == ["positive process.name eq a.exe", "positive destination.port eq 443"])
        let missing = try eql(#"sequence with maxspan=5m [any where a == "1"] ![process where b == "2"]"#)
        #expect(predicateStrings(missing.expr) == ["positive a eq 1", "exclusion b eq 2"])
    }

    @Test func sampleBy() throws {
        let out = try eql(#"sample by host.id [process where process.name == "a"] [file where file.name == "b"]"#)
        #expect(termStrings(out.expr) == ["process.name eq a", "file.name eq b"])
        #expect(out.categories == ["process", "file"])
    }

    @Test func numbersComparisonsAndFieldRefs() throws {
        #expect(try terms(#"process where process.pid >= 4 and 10 > process.ppid and a == b"#) == [
            "process.pid gte 4", "process.ppid lt 10", "a fieldref b",
        ])
    }

    @Test func selectorsDropWithoutChangingPolarity() throws {
        #expect(try preds(#"process where host.os.type == "windows" and event.type == "start" and not process.name : "x.exe""#) == [
            "exclusion process.name eq x.exe",
        ])
    }

    @Test func backquotedAndPipes() throws {
        #expect(try terms("any where source.`as`.organization.name == \"x\" | head 1") == ["source.as.organization.name eq x"])
        #expect(try terms(#"process where a == "1" | filter b == "2""#) == ["a eq 1", "b eq 2"])
    }

    @Test func malformedQueries() {
        for bad in ["process", "process where", #"process where a == "x"#, "process where (a == 1", "sequence [process where true", "process where a == 1 ]"] {
            #expect(throws: QuerySyntaxError.self, "\(bad)") { try EQLParser.parse(bad) }
        }
    }
}
