import RuleAtlasModel
import RuleAtlasYAML
import Testing

@Suite struct YAMLHostileInputTests {
    @Test func aliasesResolveToCopiesAtTheAliasPosition() throws {
        let doc = try #require(parse("base: &b {k: v}\nuse: *b\n").documents.first)
        let use = try #require(doc["use"])
        #expect(use["k"]?.string == "v")
        #expect((use.line, use.column) == (2, 6))
    }

    @Test func billionLaughsIsADiagnostic() {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 {
            let refs = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
            text += "a\(i): &a\(i) [\(refs)]\n"
        }
        text += "---\nsecond: document\n"
        let r = parse(text)
        #expect(r.documents.count == 1)
        #expect(r.documents.first?["second"]?.string == "document")
        let d = r.diagnostics.first
        #expect(d?.severity == .error)
        #expect(d?.message.contains("alias expansion") == true)
        #expect(d?.line == 5)
    }

    @Test func unknownAliasIsADiagnostic() {
        let r = parse("a: *nowhere\n")
        #expect(r.documents.isEmpty)
        #expect(r.diagnostics.first?.severity == .error)
    }

    @Test func multiDocumentStreams() {
        let r = parse("---\na: 1\n---\nb: 2\n...\n---\n- c\n")
        #expect(r.documents.count == 3)
        #expect(r.documents[2].sequence?.first?.string == "c")
        #expect(r.documents[1].line == 4)
    }

    @Test func syntaxErrorResumesAtNextDocument() {
        let r = parse("a: 1\n---\nb: [unclosed\nc: d\n---\ne: 5\n")
        #expect(r.documents.count == 2)
        #expect(r.documents.last?["e"]?.string == "5")
        #expect(r.documents.last?["e"]?.line == 6)
        #expect(r.diagnostics.count == 1)
        #expect(r.diagnostics.first?.message.hasPrefix("YAML syntax error") == true)
        #expect((r.diagnostics.first?.line ?? 0) >= 3)
    }

    @Test func crlfBomAndTabs() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\r\nb:\r\n  - x\t# tab in comment\r\n".utf8)
        let r = YAMLParser.parse(bytes: bytes, path: "w.yml")
        #expect(r.diagnostics.isEmpty)
        let doc = try #require(r.documents.first)
        #expect(doc["b"]?.sequence?.first?.string == "x")
        #expect(doc["b"]?.sequence?.first?.line == 3)
        let tabIndent = parse("a:\n\t- x\n")
        #expect(tabIndent.documents.isEmpty)
        #expect(tabIndent.diagnostics.first?.line == 2)
    }

    @Test func invalidUTF8IsReportedWithPosition() throws {
        let bytes = Array("title: ok\ndescription: caf".utf8) + [0xE9] + Array(" au lait\n".utf8)
        let r = YAMLParser.parse(bytes: bytes, path: "latin1.yml")
        #expect(r.documents.isEmpty)
        let d = try #require(r.diagnostics.first)
        #expect(d.message.contains("invalid input"))
        #expect((d.line, d.column) == (2, 17))
    }

    @Test func binaryInputIsADiagnostic() {
        let bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0xFF, 0xFE]
        let r = YAMLParser.parse(bytes: bytes, path: "a.out")
        #expect(r.documents.isEmpty)
        #expect(r.diagnostics.contains { $0.severity == .error })
    }

    @Test func deepNestingIsADiagnosticNotACrash() {
        let text = String(repeating: "[", count: 100_000) + "\n---\nafter: deep\n"
        let clock = ContinuousClock()
        var r = YAMLParseResult()
        let elapsed = clock.measure { r = parse(text) }
        #expect(elapsed < .seconds(2))
        #expect(r.documents.count == 1)
        #expect(r.documents.first?["after"]?.string == "deep")
        #expect(r.diagnostics.first?.message.contains("nesting") == true)
    }
}
