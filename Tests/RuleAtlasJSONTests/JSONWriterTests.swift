import Testing
@testable import RuleAtlasJSON

@Suite struct JSONWriterTests {
    @Test func escapesQuotesBackslashesAndControlCharacters() {
        let s = JSON.string("a\"b\\c\n\r\t\u{8}\u{c}\u{0}\u{1f}\u{7f}é😀/")
        #expect(s.compactString == #""a\"b\\c\n\r\t\b\f\u0000\u001f"# + "\u{7f}é😀/\"")
    }

    @Test func compactFormKeepsKeyOrderAndLiterals() {
        let v: JSON = ["z": 1, "a": [true, false, nil], "m": ["x": "y"], "e": [], "o": .object([:])]
        #expect(v.compactString == #"{"z":1,"a":[true,false,null],"m":{"x":"y"},"e":[],"o":{}}"#)
    }

    @Test func prettyFormIndentsByTwoSpaces() {
        let v: JSON = ["a": [1, 2], "b": ["c": "d"], "e": [], "f": .object([:])]
        #expect(v.prettyString == """
        {
          "a": [
            1,
            2
          ],
          "b": {
            "c": "d"
          },
          "e": [],
          "f": {}
        }
        """)
        #expect(JSON(3).prettyString == "3")
    }

    @Test func writtenTextParsesBackToTheSameValue() throws {
        let texts = [
            #"{"a":[1,2.5,-3e10,"\u0000\u001f",{"b":null}],"c":"é😀","d":true}"#,
            "[\"\\\"\\\\\\/\",9007199254740993,[],{}]",
        ]
        for text in texts {
            let v = try JSONParser.parse(text)
            #expect(try JSONParser.parse(v.serialized()) == v)
            #expect(try JSONParser.parse(v.prettyString) == v)
        }
    }

    @Test func typedAccessors() throws {
        let v = try JSONParser.parse(#"{"i":-7,"u":18446744073709551615,"f":1.5,"s":["a","b"],"m":["a",1]}"#)
        #expect(v["i"]?.int64Value == -7)
        #expect(v["u"]?.uint64Value == UInt64.max)
        #expect(v["u"]?.int64Value == nil)
        #expect(v["f"]?.int64Value == nil)
        #expect(v["f"]?.doubleValue == 1.5)
        #expect(v["s"]?.stringArrayValue == ["a", "b"])
        #expect(v["m"]?.stringArrayValue == nil)
        #expect(v["s"]?.typeName == "array")
    }
}

@Suite struct JSONByteWriterTests {
    /// Containers go through the word-at-a-time writer; it must escape exactly like the
    /// byte-by-byte escaper for every special character at every position and length.
    @Test func containerWriterEscapesLikeTheByteEscaper() {
        let specials: [Character] = ["\"", "\\", "\n", "\u{0}", "\u{1f}", "é", "😀", "a", "\u{7f}", "~"]
        for length in 0..<20 {
            for position in 0..<max(length, 1) {
                for special in specials {
                    var chars = Array(repeating: Character("x"), count: length)
                    if length > 0 { chars[position] = special }
                    let s = String(chars)
                    var expected: [UInt8] = [UInt8(ascii: "[")]
                    JSONStringEscaper.append(s, to: &expected)
                    expected.append(UInt8(ascii: "]"))
                    #expect(JSON.array([.string(s)]).serialized() == expected, "\(s.debugDescription)")
                }
            }
        }
    }

    @Test func wordTestFindsEverySpecialByte() {
        for position in 0..<8 {
            for b in [UInt8(0), 0x1F, 0x22, 0x5C] {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[position] = b
                let w = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(JSONByteWriter.wordNeedsEscape(w))
            }
        }
        for b in [UInt8(0x20), 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF] {
            let w = [UInt8](repeating: b, count: 8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(!JSONByteWriter.wordNeedsEscape(w), "byte \(b)")
        }
    }

    @Test func largeContainersGrowTheBuffer() throws {
        let big = JSON.array((0..<5000).map { JSON("item \($0) \"quoted\"") })
        let bytes = big.serialized()
        #expect(bytes.count > 64 * 1024)
        #expect(try JSONParser.parse(bytes) == big)
        var out: [UInt8] = Array("prefix".utf8)
        big.write(into: &out)
        #expect(Array(out.dropFirst(6)) == bytes)
    }
}
