/// Splits EQL and ES|QL text into tokens; `//` and `/* */` comments are skipped.
///
/// Strings: `"..."` and `'...'` resolve `\\`, `\"`, `\n`, `\t`, `\r`, `\u{X}`/`\uXXXX`;
/// `"""..."""` is raw.
struct EQLLexer {
    var c: ByteCursor

    init(_ text: String) { c = ByteCursor(text) }

    static func tokenize(_ text: String) throws(QuerySyntaxError) -> [EQLToken] {
        var lexer = EQLLexer(text)
        var out: [EQLToken] = []
        while true {
            let t = try lexer.next()
            out.append(t)
            if t.kind == .end { return out }
        }
    }

    mutating func skipTrivia() throws(QuerySyntaxError) {
        while let b = c.current {
            if ByteCursor.isSpace(b) { c.pos += 1; continue }
            if b == UInt8(ascii: "/"), c.peek(1) == UInt8(ascii: "/") {
                while let x = c.current, x != 0x0A { c.pos += 1 }
                continue
            }
            if b == UInt8(ascii: "/"), c.peek(1) == UInt8(ascii: "*") {
                let start = c.pos
                c.pos += 2
                while !(c.current == UInt8(ascii: "*") && c.peek(1) == UInt8(ascii: "/")) {
                    guard !c.atEnd else { throw QuerySyntaxError("unterminated comment", at: start) }
                    c.pos += 1
                }
                c.pos += 2
                continue
            }
            return
        }
    }

    mutating func next() throws(QuerySyntaxError) -> EQLToken {
        try skipTrivia()
        let start = c.pos
        guard let b = c.current else { return EQLToken(kind: .end, text: "", offset: start) }
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { return try string(quote: b) }
        if b == UInt8(ascii: "`") {
            let (name, _) = try identifier()
            return EQLToken(kind: .quotedIdent, text: name, offset: start)
        }
        if b == UInt8(ascii: "?"), let n = c.peek(1), ByteCursor.isIdentStart(n) || n == UInt8(ascii: "`") {
            c.pos += 1
            let (name, _) = try identifier()
            return EQLToken(kind: .optionalIdent, text: name, offset: start)
        }
        if ByteCursor.isIdentStart(b) {
            let (name, quoted) = try identifier()
            return EQLToken(kind: quoted ? .quotedIdent : .ident, text: name, offset: start)
        }
        if ByteCursor.isDigit(b) {
            while let x = c.current, ByteCursor.isDigit(x) || x == UInt8(ascii: ".") || ByteCursor.isAlpha(x) { c.pos += 1 }
            return EQLToken(kind: .number, text: c.text(start..<c.pos), offset: start)
        }
        for sym in ["==", "!=", "<=", ">=", "=~", "!~"] where c.matchesExact(sym, at: c.pos) {
            c.pos += 2
            return EQLToken(kind: .symbol, text: sym, offset: start)
        }
        c.pos += 1
        return EQLToken(kind: .symbol, text: String(UnicodeScalar(b)), offset: start)
    }

    /// Letters, digits, `_`, `@`, dots and a trailing `~`; a `*` after a dot keeps field
    /// globs whole; backquoted segments (`source.`as`.name`) join the name without quotes.
    /// `quoted` tells whether any segment was backquoted (the name is then never a keyword).
    mutating func identifier() throws(QuerySyntaxError) -> (String, quoted: Bool) {
        var out: [UInt8] = []
        var quoted = false
        while let x = c.current {
            if x == UInt8(ascii: "`"), out.isEmpty || out.last == UInt8(ascii: ".") {
                let start = c.pos
                c.pos += 1
                while let y = c.current, y != UInt8(ascii: "`") { out.append(y); c.pos += 1 }
                guard !c.atEnd else { throw QuerySyntaxError("unterminated backquoted name", at: start) }
                c.pos += 1
                quoted = true
            } else if ByteCursor.isIdent(x) || (x == UInt8(ascii: "*") && out.last == UInt8(ascii: ".")) {
                out.append(x)
                c.pos += 1
            } else {
                break
            }
        }
        if c.current == UInt8(ascii: "~") { out.append(UInt8(ascii: "~")); c.pos += 1 }
        return (String(decoding: out, as: UTF8.self), quoted)
    }

    mutating func string(quote: UInt8) throws(QuerySyntaxError) -> EQLToken {
        let start = c.pos
        if quote == UInt8(ascii: "\""), c.peek(1) == quote, c.peek(2) == quote {
            c.pos += 3
            let bodyStart = c.pos
            while !(c.current == quote && c.peek(1) == quote && c.peek(2) == quote) {
                guard !c.atEnd else { throw QuerySyntaxError("unterminated raw string", at: start) }
                c.pos += 1
            }
            let body = c.text(bodyStart..<c.pos)
            c.pos += 3
            return EQLToken(kind: .string(raw: true), text: body, offset: start)
        }
        c.pos += 1
        var out: [UInt8] = []
        while let b = c.current {
            if b == quote {
                c.pos += 1
                return EQLToken(kind: .string(raw: false), text: String(decoding: out, as: UTF8.self), offset: start)
            }
            if b == UInt8(ascii: "\\"), let n = c.peek(1) {
                c.pos += 2
                switch n {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "u"): out.append(contentsOf: unicode())
                default: out.append(n)
                }
                continue
            }
            out.append(b)
            c.pos += 1
        }
        throw QuerySyntaxError("unterminated string", at: start)
    }

    /// After `\u`: `{hex}` or four hex digits.
    mutating func unicode() -> [UInt8] {
        var v: UInt32 = 0
        if c.current == UInt8(ascii: "{") {
            c.pos += 1
            while let x = c.current, let d = ByteCursor.hexValue(x) { v = v &* 16 &+ d; c.pos += 1 }
            if c.current == UInt8(ascii: "}") { c.pos += 1 }
        } else {
            var n = 0
            while n < 4, let x = c.current, let d = ByteCursor.hexValue(x) { v = v * 16 + d; c.pos += 1; n += 1 }
        }
        guard let s = Unicode.Scalar(v) else { return Array("\u{FFFD}".utf8) }
        return Array(String(s).utf8)
    }
}
