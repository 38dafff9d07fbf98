/// A read position over a query's UTF-8 bytes, shared by the query lexers and parsers.
struct ByteCursor {
    let bytes: [UInt8]
    var pos = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var atEnd: Bool { pos >= bytes.count }
    var current: UInt8? { pos < bytes.count ? bytes[pos] : nil }

    func peek(_ ahead: Int = 0) -> UInt8? {
        let i = pos + ahead
        return i < bytes.count ? bytes[i] : nil
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    static func isIdentStart(_ b: UInt8) -> Bool { isAlpha(b) || b == UInt8(ascii: "_") || b == UInt8(ascii: "@") || b >= 0x80 }
    static func isIdent(_ b: UInt8) -> Bool { isIdentStart(b) || isDigit(b) || b == UInt8(ascii: ".") }
    static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
    static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    mutating func skipSpaces() { while let b = current, Self.isSpace(b) { pos += 1 } }

    /// True when `word` (ASCII, compared case-insensitively) starts at `at`.
    func matchesWord(_ word: String, at: Int) -> Bool {
        var i = at
        for w in word.utf8 {
            guard i < bytes.count, bytes[i] | 0x20 == w | 0x20 else { return false }
            i += 1
        }
        return true
    }

    /// True when `word` (case-sensitive) starts at `at`.
    func matchesExact(_ word: String, at: Int) -> Bool {
        var i = at
        for w in word.utf8 {
            guard i < bytes.count, bytes[i] == w else { return false }
            i += 1
        }
        return true
    }

    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// Decodes `\uXXXX` starting at the `u`; returns the scalar and the bytes consumed.
    func unicodeEscape(at: Int) -> (Unicode.Scalar, Int)? {
        guard at + 4 < bytes.count else { return nil }
        var v: UInt32 = 0
        for i in (at + 1)...(at + 4) {
            guard let d = Self.hexValue(bytes[i]) else { return nil }
            v = v * 16 + d
        }
        guard let s = Unicode.Scalar(v) else { return nil }
        return (s, 5)
    }

    static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(b - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
