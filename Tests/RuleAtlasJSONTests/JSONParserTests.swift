import Testing
@testable import RuleAtlasJSON

@Suite struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let v = try JSONParser.parse(#" { "a" : [1, -2.5e3, true, false, null, "x"], "b": {} , "c": [] } "#)
        #expect(v == ["a": [1, .number(JSONNumber(validatedText: "-2.5e3")), true, false, nil, "x"], "b": .object([:]), "c": []])
        #expect(try JSONParser.parse("42") == 42)
        #expect(try JSONParser.parse("\"s\"") == "s")
        #expect(try JSONParser.parse(" null\n") == .null)
    }

    @Test func numbersKeepTheirLiteralText() throws {
        let big = "9007199254740993"
        let v = try JSONParser.parse("[\(big), 12345678901234567890123, 1.000, -0, 1E+2]")
        #expect(v.arrayValue?.map { $0.numberValue?.text } == [big, "12345678901234567890123", "1.000", "-0", "1E+2"])
        #expect(v.compactString == "[\(big),12345678901234567890123,1.000,-0,1E+2]")
    }

    @Test(arguments: ["01", "-", "1.", ".5", "+1", "1e", "1e+", "-01", "0x10", "NaN", "Infinity", "1.5.2", "--1"])
    func rejectsMalformedNumbers(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let v = try JSONParser.parse(#""a\"b\\c\/d\b\f\n\r\t\u0041\u00e9\u20ac\ud83d\ude00""#)
        #expect(v == .string("a\"b\\c/d\u{8}\u{c}\n\r\tAé€😀"))
    }

    @Test(arguments: [#""\ud83d""#, #""\ude00""#, #""\ud83dx""#, #""\ud83d\u0041""#, #""\ud83d\n""#, #""\x""#, #""\u12g4""#, #""\u12""#])
    func rejectsBadEscapes(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func acceptsWellFormedUTF8() throws {
        let text = "\"é€😀\u{10FFFF}\u{E000}\u{D7FF}\""
        #expect(try JSONParser.parse(Array(text.utf8)) == .string("é€😀\u{10FFFF}\u{E000}\u{D7FF}"))
    }

    @Test(arguments: [
        [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xF0, 0x80, 0x80, 0x80],
        [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
        [0xFF], [0x80], [0xC3], [0xE2, 0x82], [0xC3, 0x28], [0xE2, 0x28, 0xA1], [0xF0, 0x9F, 0x98],
    ] as [[UInt8]])
    func rejectsInvalidUTF8InStrings(_ bad: [UInt8]) {
        let bytes = [UInt8(ascii: "\"")] + bad + [UInt8(ascii: "\"")]
        #expect(throws: JSONParseError.self) { try JSONParser.parse(bytes) }
    }

    @Test func rejectsInvalidUTF8OutsideStrings() {
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0xEF, 0xBB, 0xBF, 0x31]) }
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x5B, 0xC3, 0xA9, 0x5D]) }
    }

    @Test func rejectsControlCharactersInStrings() {
        #expect(throws: JSONParseError.self) { try JSONParser.parse("\"a\nb\"") }
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0x00, 0x22]) }
    }

    @Test func nestingIsCappedAt512() throws {
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(try JSONParser.parse(ok).arrayValue != nil)
        let deep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
        #expect(error?.message.contains("nesting") == true)
        let objects = String(repeating: "{\"a\":", count: 513) + "1" + String(repeating: "}", count: 513)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(objects) }
        #expect(try JSONParser.parse("[[1]]", maxDepth: 2) == [[1]])
        #expect(throws: JSONParseError.self) { try JSONParser.parse("[[[]]]", maxDepth: 2) }
    }

    @Test func hundredThousandOpenBracketsIsACleanError() {
        let bytes = [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse(bytes) }
        #expect(error?.offset == 512)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(bytes, maxDepth: 1_000_000) }
    }

    @Test func duplicateKeysFirstWins() throws {
        let v = try JSONParser.parse(#"{"a":1,"b":2,"a":3}"#)
        #expect(v["a"] == 1)
        #expect(v.objectValue?.keys == ["a", "b"])
        let many = "{" + (0..<40).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + ",\"k5\":99}"
        let m = try JSONParser.parse(many)
        #expect(m["k5"] == 5)
        #expect(m.objectValue?.count == 40)
    }

    @Test(arguments: ["", " ", "[1,]", "{\"a\":1,}", "[1 2]", "{\"a\" 1}", "{1:2}", "[", "{", "\"abc", "tru", "nul", "1 2", "[]]", "{}x", "'a'", "[1],"])
    func rejectsMalformedText(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func errorsCarryTheOffset() {
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse("[1, 2, x]") }
        #expect(error?.offset == 7)
        #expect(error?.description == "unexpected character 'x' at byte 7")
    }
}
