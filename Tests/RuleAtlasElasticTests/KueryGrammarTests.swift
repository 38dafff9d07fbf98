import RuleAtlasModel
import Testing

@testable import RuleAtlasElastic

/// Terms of a parsed query as `field op value` strings, in order.
func termStrings(_ e: QueryExpr) -> [String] { e.terms.map { "\($0.field) \($0.op.rawValue) \($0.value)" } }

/// Predicates of a query as `polarity field op value` strings after the reducer.
func predicateStrings(_ e: QueryExpr) -> [String] {
    var r = QueryReducer()
    return r.reduce(e).map { "\($0.polarity.rawValue) \($0.field) \($0.op.rawValue) \($0.value)" }
}

@Suite struct KueryGrammarTests {
    func kuery(_ s: String) throws -> QueryExpr { try KueryParser.parse(s) }

    @Test func quotedValueIsLiteralEvenWithStar() throws {
        #expect(termStrings(try kuery(#"process.name : "sc.exe""#)) == ["process.name eq sc.exe"])
        #expect(termStrings(try kuery(#"process.name:"a*b""#)) == ["process.name eq a*b"])
    }

    @Test func bareWildcardsDecideTheOp() throws {
        #expect(termStrings(try kuery("process.name : *sc*")) == ["process.name match sc"])
        #expect(termStrings(try kuery("process.name : sc*")) == ["process.name starts_with sc"])
        #expect(termStrings(try kuery(#"file.path : *\\Temp\\*.exe"#)) == [#"file.path wildcard *\Temp\*.exe"#])
        #expect(termStrings(try kuery("process.name:cmd.exe")) == ["process.name eq cmd.exe"])
    }

    @Test func bareValueKeepsInnerSpacesUntilAKeyword() throws {
        #expect(termStrings(try kuery("event.action:New Mailbox Export and user.name:bob")) == [
            "event.action eq New Mailbox Export", "user.name eq bob",
        ])
    }

    @Test func valueListsAreOnePredicatePerMember() throws {
        let e = try kuery(#"process.name : ("a.exe" or b.exe or *c*)"#)
        #expect(termStrings(e) == ["process.name eq a.exe", "process.name eq b.exe", "process.name match c"])
        #expect(predicateStrings(e).allSatisfy { $0.hasPrefix("positive") })
    }

    @Test func starAloneIsExists() throws {
        #expect(termStrings(try kuery("user.name : *")) == ["user.name exists true"])
    }

    @Test func rangesAndNested() throws {
        #expect(termStrings(try kuery("event.severity >= 5 and x < 3")) == ["event.severity gte 5", "x lt 3"])
        #expect(termStrings(try kuery(#"okta : { target.type : "User" }"#)) == ["okta.target.type eq User"])
    }

    @Test func notAsConjunctExcludesAndAloneNegates() throws {
        let e = try kuery(#"event.category:process and process.name:"a" and not process.parent.name:("b" or "c")"#)
        #expect(predicateStrings(e) == [
            "positive process.name eq a", "exclusion process.parent.name eq b", "exclusion process.parent.name eq c",
        ])
        #expect(predicateStrings(try kuery("not user.name : root")) == ["negated user.name eq root"])
    }

    @Test func selectorDroppedWithoutChangingSiblingPolarity() throws {
        // Dropping host.os.type must not turn the `and not` into a lone negation.
        let e = try kuery("host.os.type:windows and not process.name:a.exe")
        #expect(predicateStrings(e) == ["exclusion process.name eq a.exe"])
    }

    @Test func escapes() throws {
        #expect(termStrings(try kuery(#"file.path : C\:\\Windows\\*"#)) == [#"file.path starts_with C:\Windows\"#])
        #expect(termStrings(try kuery(#"a : "say \"hi\"""#)) == [#"a eq say "hi""#])
        #expect(termStrings(try kuery(#"a : x\*y"#)) == ["a eq x*y"])
        #expect(termStrings(try kuery(#"a : *x\*y*"#)) == [#"a match x*y"#])
    }

    @Test func caseInsensitiveKeywordsAndParentheses() throws {
        let e = try kuery("(a:1 OR b:2) AND NOT c:3")
        #expect(predicateStrings(e) == ["positive a eq 1", "positive b eq 2", "exclusion c eq 3"])
    }

    @Test func notRightAfterAParenthesis() throws {
        #expect(predicateStrings(try kuery("a:1 and (not b:2) and c:(x or not y)")) == [
            "positive a eq 1", "exclusion b eq 2", "positive c eq x", "negated c eq y",
        ])
    }

    @Test func fieldlessTermIsKeywordMatch() throws {
        #expect(termStrings(try kuery(#""mimikatz""#)) == ["_keyword match mimikatz"])
    }

    @Test func malformedQueriesAreErrors() {
        #expect(throws: QuerySyntaxError.self) { try KueryParser.parse("") }
        #expect(throws: QuerySyntaxError.self) { try KueryParser.parse("a : (b or c") }
        #expect(throws: QuerySyntaxError.self) { try KueryParser.parse(#"a : "open"#) }
        #expect(throws: QuerySyntaxError.self) { try KueryParser.parse("a : b)") }
    }

    @Test func lucene() throws {
        let e = try KueryParser.parse(#"process.name:chmod AND process.args:("g+s" OR "2*")"#, lucene: true)
        #expect(termStrings(e) == ["process.name eq chmod", "process.args eq g+s", "process.args eq 2*"])
        #expect(termStrings(try KueryParser.parse("a:x?z AND -b:1 AND c:[1 TO 5]", lucene: true)) == [
            "a wildcard x?z", "b eq 1", "c gte 1", "c lte 5",
        ])
        #expect(predicateStrings(try KueryParser.parse("a:1 AND NOT b:2", lucene: true)) == ["positive a eq 1", "exclusion b eq 2"])
        #expect(termStrings(try KueryParser.parse("a:(x or /2[0-9]{3}/)", lucene: true)) == ["a eq x", "a regex_match 2[0-9]{3}"])
    }
}
