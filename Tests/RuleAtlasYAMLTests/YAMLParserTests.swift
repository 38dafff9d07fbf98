import RuleAtlasModel
import RuleAtlasYAML
import Testing

func parse(_ text: String) -> YAMLParseResult {
    YAMLParser.parse(bytes: Array(text.utf8), path: "t.yml")
}

@Suite struct YAMLParserTests {
    @Test func mappingKeepsOrderAndPositions() throws {
        let r = parse("title: x\nlogsource:\n  product: windows\n  category: process_creation\nlist:\n  - a\n  -   b\n")
        #expect(r.diagnostics.isEmpty)
        let doc = try #require(r.documents.first)
        #expect(doc.mapping?.map { $0.key.string } == ["title", "logsource", "list"])
        let logsource = try #require(doc["logsource"])
        #expect(logsource.mapping?.map { $0.key.string } == ["product", "category"])
        #expect((logsource.line, logsource.column) == (3, 3))
        let category = try #require(logsource["category"])
        #expect((category.line, category.column) == (4, 13))
        let b = try #require(doc["list"]?.sequence?.last)
        #expect(b.string == "b")
        #expect((b.line, b.column) == (7, 7))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let doc = try #require(parse("k: \"é\"\nx: [ü, v]\n").documents.first)
        let v = try #require(doc["x"]?.sequence?.last)
        #expect((v.line, v.column) == (2, 8))
    }

    @Test func sequencesAndFlowStyles() throws {
        let doc = try #require(parse("a: [1, 'two', {k: v}]\n").documents.first)
        let items = try #require(doc["a"]?.sequence)
        #expect(items.count == 3)
        #expect(items[0].scalar?.kind == .int)
        #expect(items[1].scalar?.style == .singleQuoted)
        #expect(items[2]["k"]?.string == "v")
    }

    @Test func blockScalarsAndComments() throws {
        let doc = try #require(parse("d: |\n  line one\n  line two\ne: >\n  folded\n  text\nf: plain # comment\n").documents.first)
        #expect(doc["d"]?.string == "line one\nline two\n")
        #expect(doc["d"]?.scalar?.style == .literal)
        #expect(doc["e"]?.string == "folded text\n")
        #expect(doc["f"]?.string == "plain")
    }

    @Test func emptyInputHasNoDocuments() {
        let r = YAMLParser.parse(bytes: [], path: "e.yml")
        #expect(r.documents.isEmpty)
        #expect(r.diagnostics.isEmpty)
        #expect(parse("# only a comment\n").documents.isEmpty)
    }

    @Test func duplicateKeysAreWarnings() {
        let r = parse("a: 1\nb: 2\na: 3\n")
        #expect(r.documents.count == 1)
        #expect(r.diagnostics.map(\.description) == ["t.yml:3:1: warning: duplicate key 'a'"])
        #expect(r.documents.first?["a"]?.string == "3")
    }

    @Test func mergeKeysFollowPyYAML() throws {
        let doc = try #require(parse("""
        a: &a {x: 1, y: 1}
        b: &b {y: 2, z: 2}
        m:
            <<: [*a, *b]
            z: 3
        s:
            <<: *b
        bad:
            <<: plain
        """).documents.first)
        let m = try #require(doc["m"])
        #expect(m.mapping?.map { $0.key.string } == ["x", "y", "z"])
        #expect(m["y"]?.string == "1")
        #expect(m["z"]?.string == "3")
        #expect(doc["s"]?["z"]?.string == "2")
        #expect(doc["bad"]?["<<"]?.string == "plain")
    }
}
