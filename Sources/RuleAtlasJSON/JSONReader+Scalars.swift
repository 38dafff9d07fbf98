extension JSONReader {
    /// Parses a number, checking RFC 8259 syntax; the literal text is kept as is.
    mutating func parseNumber() throws(JSONParseError) -> JSONNumber {
        let start = pos
        if base[pos] == UInt8(ascii: "-") { pos += 1 }
        guard pos < end else { throw error("unexpected end of input: number without digits") }
        if base[pos] == UInt8(ascii: "0") {
            pos += 1
            if pos < end, isDigit(base[pos]) { throw error("leading zero in number", at: start) }
        } else if isDigit(base[pos]) {
            skipDigits()
        } else {
            throw error("number without digits")
        }
        if pos < end, base[pos] == UInt8(ascii: ".") {
            pos += 1
            guard pos < end, isDigit(base[pos]) else { throw error("expected a digit after '.'") }
            skipDigits()
        }
        if pos < end, base[pos] | 0x20 == UInt8(ascii: "e") {
            pos += 1
            if pos < end, base[pos] == UInt8(ascii: "+") || base[pos] == UInt8(ascii: "-") { pos += 1 }
            guard pos < end, isDigit(base[pos]) else { throw error("expected a digit in exponent") }
            skipDigits()
        }
        let text = String(decoding: UnsafeBufferPointer(start: base + start, count: pos - start), as: UTF8.self)
        return JSONNumber(validatedText: text)
    }

    @inline(__always) private func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }

    @inline(__always) private mutating func skipDigits() {
        while pos < end, isDigit(base[pos]) { pos += 1 }
    }

    /// Parses a string starting at its opening quote. Plain ASCII without escapes takes a
    /// copy-once path; anything else is decoded and validated byte by byte.
    mutating func parseString() throws(JSONParseError) -> String {
        pos += 1
        let start = pos
        while pos < end {
            let b = base[pos]
            if b == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(start: base + start, count: pos - start), as: UTF8.self)
                pos += 1
                return s
            }
            if b == UInt8(ascii: "\\") || b < 0x20 || b >= 0x80 { return try parseStringSlow(from: start) }
            pos += 1
        }
        throw error("unexpected end of input: unterminated string")
    }

    private mutating func parseStringSlow(from start: Int) throws(JSONParseError) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(pos - start + 16)
        out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: pos - start))
        while pos < end {
            let b = base[pos]
            switch b {
            case UInt8(ascii: "\""):
                pos += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &out)
            case 0..<0x20:
                throw error("control character in string")
            case 0x20..<0x80:
                out.append(b)
                pos += 1
            default:
                let n = try utf8SequenceLength()
                out.append(contentsOf: UnsafeBufferPointer(start: base + pos, count: n))
                pos += n
            }
        }
        throw error("unexpected end of input: unterminated string")
    }

    private mutating func parseEscape(into out: inout [UInt8]) throws(JSONParseError) {
        let escapeStart = pos
        pos += 1
        guard pos < end else { throw error("unexpected end of input: unterminated escape") }
        let c = base[pos]
        pos += 1
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(c)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if scalar >= 0xDC00 && scalar <= 0xDFFF {
                throw error("lone low surrogate in \\u escape", at: escapeStart)
            }
            if scalar >= 0xD800 && scalar <= 0xDBFF {
                guard end - pos >= 2, base[pos] == UInt8(ascii: "\\"), base[pos + 1] == UInt8(ascii: "u") else {
                    throw error("lone high surrogate in \\u escape", at: escapeStart)
                }
                pos += 2
                let low = try hex4()
                guard low >= 0xDC00 && low <= 0xDFFF else { throw error("high surrogate not followed by a low surrogate", at: escapeStart) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            appendUTF8(scalar, to: &out)
        default:
            throw error("invalid escape '\\\(Unicode.Scalar(c))'", at: escapeStart)
        }
    }

    private mutating func hex4() throws(JSONParseError) -> UInt32 {
        guard end - pos >= 4 else { throw error("unexpected end of input: short \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = base[pos]
            let d: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
            default: throw error("invalid hex digit in \\u escape")
            }
            v = v << 4 | UInt32(d)
            pos += 1
        }
        return v
    }

    private func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80:
            out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        default:
            out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | v >> 12 & 0x3F))
            out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        }
    }

    /// Length of the well-formed UTF-8 sequence at the cursor (lead byte >= 0x80), per the
    /// Unicode table of well-formed byte sequences: no overlongs, no surrogates, <= U+10FFFF.
    private func utf8SequenceLength() throws(JSONParseError) -> Int {
        let b0 = base[pos]
        let n: Int
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: n = 2
        case 0xE0: n = 3; lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: n = 3
        case 0xED: n = 3; hi = 0x9F
        case 0xF0: n = 4; lo = 0x90
        case 0xF1...0xF3: n = 4
        case 0xF4: n = 4; hi = 0x8F
        default: throw error("invalid UTF-8 lead byte 0x\(String(b0, radix: 16))")
        }
        guard end - pos >= n else { throw error("invalid UTF-8: truncated sequence") }
        let b1 = base[pos + 1]
        guard b1 >= lo && b1 <= hi else { throw error("invalid UTF-8 sequence") }
        for i in 2..<max(n, 2) where base[pos + i] & 0xC0 != 0x80 {
            throw error("invalid UTF-8 continuation byte")
        }
        return n
    }
}
