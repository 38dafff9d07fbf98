/// One kuery/Lucene value as read: its text and its wildcard pattern.
struct KueryValue {
    /// The value with escapes resolved (wildcards as written).
    var text: String
    var pattern: WildcardPattern
    var quoted: Bool
    var hasWildcard: Bool
    /// Lucene `/regex/`.
    var regex = false
}

extension KueryParser {
    /// Reads a quoted string or a bare literal at the cursor.
    mutating func readValue() throws(QuerySyntaxError) -> KueryValue {
        c.skipSpaces()
        guard let b = c.current else { throw QuerySyntaxError("expected a value", at: c.pos) }
        if b == UInt8(ascii: "\"") { return try readQuoted() }
        if lucene, b == UInt8(ascii: "/") { return try readRegex() }
        return try readBare()
    }

    /// Lucene `/regex/`; `\/` stays in the expression.
    mutating func readRegex() throws(QuerySyntaxError) -> KueryValue {
        let start = c.pos
        c.pos += 1
        while let b = c.current, b != UInt8(ascii: "/") { c.pos += b == UInt8(ascii: "\\") ? 2 : 1 }
        guard !c.atEnd else { throw QuerySyntaxError("unterminated regular expression", at: start) }
        c.pos += 1
        let text = c.text((start + 1)..<(c.pos - 1))
        return KueryValue(text: text, pattern: WildcardPattern(literal: text), quoted: false, hasWildcard: false, regex: true)
    }

    /// A quoted value: `\"`, `\\`, `\t`, `\n`, `\r`, `\uXXXX` are escapes; any other
    /// backslash is an ordinary character (`"C:\Windows"` keeps it), as in Kibana's grammar.
    mutating func readQuoted() throws(QuerySyntaxError) -> KueryValue {
        let start = c.pos
        c.pos += 1
        var out: [UInt8] = []
        while let b = c.current {
            if b == UInt8(ascii: "\"") {
                c.pos += 1
                let text = String(decoding: out, as: UTF8.self)
                return KueryValue(text: text, pattern: WildcardPattern(literal: text), quoted: true, hasWildcard: false)
            }
            if b == UInt8(ascii: "\\"), let n = c.peek(1) {
                c.pos += 2
                switch n {
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "u"):
                    if let (s, used) = c.unicodeEscape(at: c.pos - 1) {
                        out.append(contentsOf: Array(String(s).utf8))
                        c.pos += used - 1
                    } else {
                        out.append(contentsOf: [b, n])
                    }
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(n)
                default: out.append(contentsOf: [b, n])
                }
                continue
            }
            out.append(b)
            c.pos += 1
        }
        throw QuerySyntaxError("unterminated quoted string", at: start)
    }

    /// Bare literal: up to a special character, or (kuery) a space before `and`/`or`/`not`,
    /// or (Lucene) any space. Trailing spaces are trimmed.
    mutating func readBare() throws(QuerySyntaxError) -> KueryValue {
        let start = c.pos
        var pattern = WildcardPattern()
        var literal: [UInt8] = []
        var text: [UInt8] = []
        var wild = false
        var trailingSpaces = 0
        func flush() {
            if !literal.isEmpty { pattern.append(literal: String(decoding: literal, as: UTF8.self)); literal.removeAll(keepingCapacity: true) }
        }
        loop: while let b = c.current {
            if lucene, b == UInt8(ascii: "[") || b == UInt8(ascii: "]") { break loop }
            let wildcard = b == UInt8(ascii: "*") || (lucene && b == UInt8(ascii: "?"))
            if wildcard {
                flush()
                if b == UInt8(ascii: "*") { pattern.appendStar() } else { pattern.appendQuestion() }
                text.append(b)
                wild = true
                trailingSpaces = 0
                c.pos += 1
                continue
            }
            switch b {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ":"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}"):
                break loop
            case UInt8(ascii: "\\"):
                guard let n = c.peek(1) else { literal.append(b); text.append(b); c.pos += 1; continue }
                var scalarBytes: [UInt8]
                switch n {
                case UInt8(ascii: "t"): scalarBytes = [0x09]
                case UInt8(ascii: "n"): scalarBytes = [0x0A]
                case UInt8(ascii: "r"): scalarBytes = [0x0D]
                case UInt8(ascii: "u"):
                    if let (s, used) = c.unicodeEscape(at: c.pos + 1) {
                        scalarBytes = Array(String(s).utf8)
                        c.pos += used - 1
                    } else {
                        scalarBytes = [n]
                    }
                default:
                    let special = "\\():<>\"*{}? ".utf8.contains(n) || ByteCursor.isAlpha(n) && !lucene && isKeywordStart(at: c.pos + 1)
                    scalarBytes = special ? [n] : [b, n]
                }
                literal.append(contentsOf: scalarBytes)
                text.append(contentsOf: scalarBytes)
                trailingSpaces = 0
                c.pos += 2
            default:
                if ByteCursor.isSpace(b) {
                    if lucene || spaceEndsValue() { break loop }
                    trailingSpaces += 1
                } else {
                    trailingSpaces = 0
                }
                literal.append(b)
                text.append(b)
                c.pos += 1
            }
        }
        if trailingSpaces > 0 {
            literal.removeLast(min(trailingSpaces, literal.count))
            text.removeLast(min(trailingSpaces, text.count))
        }
        flush()
        guard !text.isEmpty else { throw QuerySyntaxError("expected a value", at: start) }
        return KueryValue(text: String(decoding: text, as: UTF8.self), pattern: pattern, quoted: false, hasWildcard: wild)
    }

    /// At a space inside a bare value: whether `or`/`and`/`not` follows as a keyword.
    func spaceEndsValue() -> Bool {
        var i = c.pos
        while i < c.bytes.count, ByteCursor.isSpace(c.bytes[i]) { i += 1 }
        for word in ["or", "and", "not"] where c.matchesWord(word, at: i) {
            let after = i + word.utf8.count
            if after >= c.bytes.count || ByteCursor.isSpace(c.bytes[after]) || c.bytes[after] == UInt8(ascii: "(") { return true }
        }
        return false
    }

    /// `\and`-style escaped keywords keep their letter without the backslash.
    func isKeywordStart(at i: Int) -> Bool {
        c.matchesWord("or", at: i) || c.matchesWord("and", at: i) || c.matchesWord("not", at: i)
    }
}
