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
