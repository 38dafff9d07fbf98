extension JSON {
    /// Two-space indented, for humans: one member or element per line, `"key": value`,
    /// empty containers as `{}` and `[]`, no trailing newline.
    public var prettyString: String {
        var out: [UInt8] = []
        writePretty(into: &out, indent: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the pretty form, with nested lines indented from `indent` levels.
    public func writePretty(into out: inout [UInt8], indent: Int) {
        switch self {
        case .array(let items) where !items.isEmpty:
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                Self.newline(&out, indent + 1)
                item.writePretty(into: &out, indent: indent + 1)
            }
            Self.newline(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let object) where !object.isEmpty:
            out.append(UInt8(ascii: "{"))
            for (i, pair) in object.pairs.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                Self.newline(&out, indent + 1)
                JSONStringEscaper.append(pair.key, to: &out)
                out.append(UInt8(ascii: ":")); out.append(UInt8(ascii: " "))
                pair.value.writePretty(into: &out, indent: indent + 1)
            }
            Self.newline(&out, indent)
            out.append(UInt8(ascii: "}"))
        default:
            write(into: &out)
        }
    }

    private static func newline(_ out: inout [UInt8], _ indent: Int) {
        out.append(0x0A)
        for _ in 0..<(indent * 2) { out.append(0x20) }
    }
}
