import RuleAtlasModel

/// A Sigma string value as a glob pattern: escapes resolved, implied wildcards added,
/// then classified into the op PREDICATES.md names.
///
/// Escapes: `\*`, `\?` and `\\` are literal characters; any other backslash is an
/// ordinary character. A `wildcard` value is the whole pattern in canonical Sigma
/// spelling (decision 0300): literal `*`/`?` as `\*`/`\?`, and a literal backslash as
/// `\\` only where a single one would read as an escape.
enum SigmaPattern {
    /// The implied wildcards of a string-match modifier.
    enum Base {
        case exact, contains, startsWith, endsWith
    }

    static let star: UInt16 = 0x100
    static let question: UInt16 = 0x101
    private static let backslash = UInt8(ascii: "\\")
    private static let asterisk = UInt8(ascii: "*")
    private static let qmark = UInt8(ascii: "?")

    /// The op and value of `text` under `base`.
    static func classify(_ text: String, base: Base) -> (Op, String) {
        var text = text
        let plain: Bool = text.withUTF8 { b in
            var i = 0
            while i < b.count {
                let c = b[i]
                if c == asterisk || c == qmark { return false }
                if c == backslash, i + 1 < b.count, b[i + 1] == backslash { return false }
                i += 1
            }
            return !b.isEmpty
        }
        if plain {
            switch base {
            case .exact: return (.eq, text)
            case .contains: return (.match, text)
            case .startsWith: return (.startsWith, text)
            case .endsWith: return (.endsWith, text)
            }
        }
        var tokens = tokenize(text)
        switch base {
        case .exact: break
        case .contains:
            if tokens.isEmpty { tokens = [star]; break }
            if tokens.first != star { tokens.insert(star, at: 0) }
            if tokens.count == 1 || tokens.last != star { tokens.append(star) }
        case .startsWith:
            if tokens.last != star { tokens.append(star) }
        case .endsWith:
            if tokens.first != star { tokens.insert(star, at: 0) }
        }
        return classify(tokens: tokens)
    }

    /// Sigma escapes resolved: literal bytes below 0x100, `star` and `question` above.
    static func tokenize(_ text: String) -> [UInt16] {
        var out: [UInt16] = []
        out.reserveCapacity(text.utf8.count + 2)
        var it = text.utf8.makeIterator()
        var pending = it.next()
        while let c = pending {
            pending = it.next()
            if c == backslash, let n = pending, n == asterisk || n == qmark || n == backslash {
                out.append(UInt16(n))
                pending = it.next()
            } else if c == asterisk {
                out.append(star)
            } else if c == qmark {
                out.append(question)
            } else {
                out.append(UInt16(c))
            }
        }
        return out
    }

    static func classify(tokens: [UInt16]) -> (Op, String) {
        if tokens.isEmpty { return (.eq, "") }
        let lead = tokens.first == star
        let trail = tokens.count > 1 && tokens.last == star
        let core = tokens[(lead ? 1 : 0)..<(tokens.count - (trail ? 1 : 0))]
        if core.isEmpty || core.contains(where: { $0 >= star }) {
            return (.wildcard, render(tokens))
        }
        let value = String(decoding: core.map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)
        switch (lead, trail) {
        case (true, true): return (.match, value)
        case (true, false): return (.endsWith, value)
        case (false, true): return (.startsWith, value)
        case (false, false): return (.eq, value)
        }
    }

    /// Canonical Sigma spelling of a pattern (see the type's summary).
    static func render(_ tokens: [UInt16]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(tokens.count + 4)
        for (i, t) in tokens.enumerated() {
            switch t {
            case star: out.append(asterisk)
            case question: out.append(qmark)
            case UInt16(asterisk), UInt16(qmark):
                out.append(backslash)
                out.append(UInt8(t))
            case UInt16(backslash):
                out.append(backslash)
                if i + 1 < tokens.count {
                    let n = tokens[i + 1]
                    if n >= star || n == UInt16(asterisk) || n == UInt16(qmark) || n == UInt16(backslash) {
                        out.append(backslash)
                    }
                }
            default: out.append(UInt8(truncatingIfNeeded: t))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
