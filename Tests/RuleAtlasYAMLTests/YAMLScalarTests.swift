import RuleAtlasYAML
import Testing

@Suite struct YAMLScalarTests {
    func kind(_ value: String) -> YAMLScalar.Kind? {
        parse("v: \(value)\n").documents.first?["v"]?.scalar?.kind
    }

    @Test(arguments: ["null", "Null", "NULL", "~", ""])
    func plainNulls(_ v: String) { #expect(kind(v) == .null) }

    @Test(arguments: ["true", "True", "TRUE", "false", "yes", "No", "on", "OFF"])
    func plainBooleans(_ v: String) { #expect(kind(v) == .bool) }

    @Test(arguments: ["0", "7045", "-1", "+12", "0x1F", "0b101", "017", "1_000", "1:20"])
    func plainInts(_ v: String) { #expect(kind(v) == .int) }

    @Test(arguments: ["1.5", "-0.5", ".5", "1.", "6.02e+23", ".inf", "-.Inf", ".NaN", "1:20.5"])
    func plainFloats(_ v: String) { #expect(kind(v) == .float) }

    @Test(arguments: ["'null'", "\"~\"", "'7045'", "\"true\"", "nUll", "tRue", "1e5", "1.2.3", "0x", "2024-01-01",
                      "'1.5'", "y", "n", "08", "1:70", "!!str 12"])
    func stringsStayStrings(_ v: String) { #expect(kind(v) == .string) }

    @Test func explicitTagsWin() {
        #expect(kind("!!int '12'") == .int)
        #expect(kind("!!null ''") == .null)
        #expect(kind("! 12") == .string)
    }

    @Test func booleanAndIntegerValues() {
        let doc = parse("a: yes\nb: Off\nc: 0x10\nd: -017\ne: 1_000\n").documents.first
        #expect(doc?["a"]?.scalar?.boolValue == true)
        #expect(doc?["b"]?.scalar?.boolValue == false)
        #expect(doc?["c"]?.scalar?.intValue == 16)
        #expect(doc?["d"]?.scalar?.intValue == -15)
        #expect(doc?["e"]?.scalar?.intValue == 1000)
        #expect(doc?["e"]?.scalar?.text == "1_000")
    }

    @Test func nullStringAccessor() {
        let doc = parse("a: ~\nb: 'null'\n").documents.first
        #expect(doc?["a"]?.string == nil)
        #expect(doc?["a"]?.isNull == true)
        #expect(doc?["b"]?.string == "null")
    }
}
