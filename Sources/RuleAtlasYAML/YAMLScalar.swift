/// A scalar's text as written (quotes and escapes already processed), its style and
/// explicit tag, and its YAML 1.1 resolution.
///
/// Only plain scalars without an explicit tag resolve to null, booleans and numbers
/// (as PyYAML's safe loader does, which is what Sigma authors write against); quoted
/// and block scalars are always strings.
public struct YAMLScalar: Sendable, Hashable {
    public enum Style: UInt8, Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// What a scalar means under YAML 1.1 resolution.
    public enum Kind: UInt8, Sendable, Hashable {
        case null, bool, int, float, string
    }

    public var text: String
    public var style: Style
    /// The explicit tag (`!!str`, `tag:yaml.org,2002:int`), nil when none was written.
    public var tag: String?
    public var kind: Kind

    public init(text: String, style: Style, tag: String? = nil) {
        self.text = text
        self.style = style
        self.tag = tag
        self.kind = YAMLScalar.resolve(text: text, style: style, tag: tag)
    }

    public var isPlain: Bool { style == .plain }
    public var isNull: Bool { kind == .null }

    /// The boolean value of a resolved bool (`true`, `yes`, `on` ...).
    public var boolValue: Bool? {
        guard kind == .bool, let first = text.utf8.first else { return nil }
        // true/True/TRUE/yes/Yes/YES/on/On/ON are true; false/no/off are false.
        switch first | 0x20 {
        case UInt8(ascii: "t"), UInt8(ascii: "y"): return true
        case UInt8(ascii: "o"): return (text.utf8.dropFirst().first ?? 0) | 0x20 == UInt8(ascii: "n")
        default: return false
        }
    }

    /// The integer value of a resolved int when it fits and is plain decimal, hex, octal or binary.
    public var intValue: Int? {
        guard kind == .int else { return nil }
        return YAMLScalar.integer(text)
    }
}
