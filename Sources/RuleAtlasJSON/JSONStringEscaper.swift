/// Writes JSON string literals: `"` and `\` are backslash-escaped, control characters
/// below U+0020 use their short escape (`\n`, `\t`, ...) or `\u00XX`; everything else,
/// including non-ASCII text, is copied as UTF-8.
public enum JSONStringEscaper {
    /// Appends `s` as a quoted, escaped JSON string.
    public static func append(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { appendEscaped($0, to: &out) }
        out.append(UInt8(ascii: "\""))
    }

    /// Appends the UTF-8 of `s` unquoted and unescaped (for number literals and pre-encoded text).
    @inline(__always) public static func appendRaw(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Appends escaped string content (without quotes) from already valid UTF-8 bytes.
    public static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var runStart = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                appendEscape(for: b, to: &out)
                runStart = i + 1
            }
            i += 1
        }
        if runStart < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<n])) }
    }

    @inline(__always) private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x57 + v }

    private static func appendEscape(for b: UInt8, to out: inout [UInt8]) {
        var escape: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0)
        let n = withUnsafeMutableBytes(of: &escape) { Self.escape(b, into: $0) }
        withUnsafeBytes(of: &escape) { out.append(contentsOf: $0.prefix(n)) }
    }

    /// Writes the escape sequence for `b` (a control character, `"` or `\`) into `buffer`
    /// (at least 6 bytes) and returns its length.
    static func escape(_ b: UInt8, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        buffer[0] = UInt8(ascii: "\\")
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): buffer[1] = b
        case 0x0A: buffer[1] = UInt8(ascii: "n")
        case 0x0D: buffer[1] = UInt8(ascii: "r")
        case 0x09: buffer[1] = UInt8(ascii: "t")
        case 0x08: buffer[1] = UInt8(ascii: "b")
        case 0x0C: buffer[1] = UInt8(ascii: "f")
        default:
            buffer[1] = UInt8(ascii: "u"); buffer[2] = UInt8(ascii: "0"); buffer[3] = UInt8(ascii: "0")
            buffer[4] = hexDigit(b >> 4); buffer[5] = hexDigit(b & 0x0F)
            return 6
        }
        return 2
    }
}
