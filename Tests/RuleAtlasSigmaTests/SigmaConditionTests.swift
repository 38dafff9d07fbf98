import RuleAtlasModel
import RuleAtlasSigma
import Testing

/// Condition forms and the polarity each gives (PREDICATES.md, "Polarity").
@Suite struct SigmaConditionTests {
    /// Five one-predicate selections `a`, `b`, `c`, `sel_x`, `sel_y` and a private `_p`.
    func polarities(_ condition: String) -> [String] {
        predicates("""
            a: {A: 1}
            b: {B: 1}
            c: {C: 1}
            sel_x: {X: 1}
            sel_y: {Y: 1}
            _p: {P: 1}
            condition: \(condition)
        """).map { $0.split(separator: " ").first! + " " + $0.split(separator: " ").last! }
    }

    @Test func plainAndOr() {
        #expect(polarities("a") == ["A positive"])
        #expect(polarities("a and b") == ["A positive", "B positive"])
        #expect(polarities("a or b") == ["A positive", "B positive"])
    }

    @Test func andNotIsExclusion() {
        #expect(polarities("a and not b") == ["A positive", "B exclusion"])
        #expect(polarities("not b and a") == ["B exclusion", "A positive"])
        #expect(polarities("(a and not b) or c") == ["A positive", "B exclusion", "C positive"])
        #expect(polarities("a and not (b or not c)") == ["A positive", "B exclusion", "C exclusion"])
    }

    @Test func standaloneOrAlternativeNotIsNegated() {
        #expect(polarities("not a") == ["A negated"])
        #expect(polarities("a or not b") == ["A positive", "B negated"])
        #expect(polarities("a and (b or not c)") == ["A positive", "B positive", "C negated"])
    }

    @Test func precedenceNotAndOr() {
        // a or (b and (not c))
        #expect(polarities("a or b and not c") == ["A positive", "B positive", "C exclusion"])
        // (not a) and b, not not (a and b)
        #expect(polarities("not a and b") == ["A exclusion", "B positive"])
    }

    @Test func quantifiersAndThem() {
        #expect(polarities("1 of sel_*") == ["X positive", "Y positive"])
        #expect(polarities("all of sel_*") == ["X positive", "Y positive"])
        #expect(polarities("a and not 1 of sel_*") == ["A positive", "X exclusion", "Y exclusion"])
        #expect(polarities("1 of them") == ["A positive", "B positive", "C positive", "X positive", "Y positive"])
        #expect(polarities("all of them and not _p") == ["A positive", "B positive", "C positive", "X positive", "Y positive", "P exclusion"])
        #expect(polarities("a and not 1 of s*_x") == ["A positive", "X exclusion"])
        #expect(polarities("any of sel_*") == ["X positive", "Y positive"])
    }

    @Test func parenthesesSpacingAndCase() {
        #expect(polarities("( a AND NOT 1 of sel_* )") == ["A positive", "X exclusion", "Y exclusion"])
        #expect(polarities("((a) and ((not (b))))") == ["A positive", "B exclusion"])
    }

    @Test func unreferencedSelectionsContributeNothing() {
        #expect(polarities("c") == ["C positive"])
    }

    @Test func conditionListIsUnion() {
        #expect(polarities("\n        - a and not b\n        - c") == ["A positive", "B exclusion", "C positive"])
    }

    @Test func listOfMapsIsOrOfAnds() {
        #expect(predicates("""
            sel:
                - Image|endswith: ['\\robocopy.exe', '\\xcopy.exe']
                - OriginalFileName: ['robocopy.exe', 'XCOPY.EXE']
            filter:
                - ParentImage: 'C:\\x.exe'
                  User: 'admin'
            condition: sel and not filter
        """) == [
            "Image ends_with \\robocopy.exe positive", "Image ends_with \\xcopy.exe positive",
            "OriginalFileName eq robocopy.exe positive", "OriginalFileName eq XCOPY.EXE positive",
            "ParentImage eq C:\\x.exe exclusion", "User eq admin exclusion",
        ])
    }

    func error(_ condition: String) -> String? {
        let file = sigmaFile(detection: """
            a: {A: 1}
            sel_x: {X: 1}
            condition: \(condition)
        """)
        return file.rules.isEmpty ? file.diagnostics.first(where: { $0.severity == .error })?.description : nil
    }

    @Test func brokenConditionsAreDiagnosticsWithColumns() {
        #expect(error("a and nothere") == "inline.yml:10:22: error: condition: unknown search identifier 'nothere'")
        #expect(error("'(a and sel_x'") == "inline.yml:10:29: error: condition: missing ')' for '(' at character 1")
        #expect(error("a and") == "inline.yml:10:21: error: condition: condition ends where a search identifier was expected")
        #expect(error("1 of filter_*") == "inline.yml:10:21: error: condition: 'filter_*' matches no search identifier")
        #expect(error("2 of sel_*") == "inline.yml:10:16: error: condition: '2 of' is not a Sigma quantifier (use '1 of' or 'all of')")
        #expect(error("a b") == "inline.yml:10:18: error: condition: unexpected 'b' in condition")
        #expect(error("a and or sel_x") == "inline.yml:10:22: error: condition: 'or' where a search identifier was expected")
        #expect(error("''") == "inline.yml:10:16: error: empty condition")
        #expect(error(String(repeating: "(", count: 500) + "a") != nil)
    }

    @Test func emptySearchIdentifierFailsTheRule() {
        let file = sigmaFile(detection: """
            a: {}
            condition: a
        """)
        #expect(file.rules.isEmpty)
        #expect(file.diagnostics.map(\.description) == ["inline.yml:8:8: error: search identifier is empty"])
    }

    @Test func aggregationIsIgnoredWithAWarning() throws {
        let file = sigmaFile(detection: """
            a: {A: 1}
            condition: a | count() by User > 5
        """)
        #expect(file.rules.first?.predicates.map(describe) == ["A eq 1 positive"])
        let d = try #require(file.diagnostics.first)
        #expect(d.severity == .warning)
        #expect(d.column == 18)
    }

    @Test func missingConditionFailsOnlyThatRule() {
        let text = """
        title: One
        id: one
        logsource: {product: windows}
        detection:
            sel: {A: 1}
        ---
        title: Two
        id: two
        logsource: {product: windows}
        detection:
            sel: {B: 1}
            condition: sel
        """
        let file = SigmaParser.parse(path: "m.yml", bytes: Array(text.utf8))
        #expect(file.rules.map(\.id) == ["two"])
        #expect(file.diagnostics.map(\.description) == ["m.yml:5:5: error: 'detection' has no 'condition'"])
    }
}
