import RuleAtlasModel

/// A value as a sequence of literal characters and wildcards, classified into the op
/// and value of PREDICATES.md once the operator's implied wildcards are added.
struct WildcardPattern: Sendable, Hashable {
    enum Piece: Sendable, Hashable {
        case literal(Unicode.Scalar)
        case star
        case question
    }

    var pieces: [Piece] = []

    init() {}

    /// A literal value: every character stands for itself.
    init(literal text: String) { pieces = text.unicodeScalars.map { .literal($0) } }

    mutating func append(literal text: String) { for s in text.unicodeScalars { pieces.append(.literal(s)) } }
    mutating func appendLiteral(_ s: Unicode.Scalar) { pieces.append(.literal(s)) }
    mutating func appendStar() { pieces.append(.star) }
    mutating func appendQuestion() { pieces.append(.question) }

    /// `*value*`, `value*` or `*value` around a literal, as a function's implied wildcards.
    static func implied(_ text: String, leading: Bool, trailing: Bool) -> WildcardPattern {
        var p = WildcardPattern()
        if leading { p.appendStar() }
        p.append(literal: text)
        if trailing { p.appendStar() }
        return p
    }

    /// Parses a glob where `*` and `?` (when `question` is true) are wildcards and a
    /// backslash before `*`, `?` or `\` makes it literal (EQL `:`/`like`, ES|QL `LIKE`).
    static func glob(_ text: String, question: Bool = true) -> WildcardPattern {
        var p = WildcardPattern()
        var it = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = it.next()
        while let s = pending {
            pending = it.next()
            switch s {
            case "*": p.appendStar()
            case "?" where question: p.appendQuestion()
            case "\\":
                if let n = pending, n == "*" || n == "?" || n == "\\" {
                    p.appendLiteral(n)
                    pending = it.next()
                } else {
                    p.appendLiteral(s)
                }
            default: p.appendLiteral(s)
            }
        }
        return p
    }

    /// The op and value of this pattern (PREDICATES.md "Operators").
    ///
    /// No wildcard: `eq`. A single `*`: `exists true`. `*x*`, `x*`, `*x` around a
    /// wildcard-free `x`: `match`, `starts_with`, `ends_with`. Anything else is
    /// `wildcard` with the whole pattern, literal `*`/`?` written `\*`/`\?`.
    func classified() -> (op: Op, value: String) {
        // One pass: runs of `*` collapse into one; where the wildcards are decides the op.
        var pieces: [Piece] = []
        pieces.reserveCapacity(self.pieces.count)
        var stars = 0, questions = 0, firstStar = -1, lastStar = -1
        for p in self.pieces {
            switch p {
            case .star:
                if pieces.last == .star { continue }
                if firstStar < 0 { firstStar = pieces.count }
                lastStar = pieces.count
                stars += 1
            case .question: questions += 1
            case .literal: break
            }
            pieces.append(p)
        }
        let n = pieces.count
        if stars == 0 && questions == 0 { return (.eq, Self.literalText(pieces[...])) }
        if n == 1 && stars == 1 { return (.exists, "true") }
        if questions == 0 {
            if stars == 2, firstStar == 0, lastStar == n - 1, n > 2 { return (.match, Self.literalText(pieces[1..<(n - 1)])) }
            if stars == 1, lastStar == n - 1 { return (.startsWith, Self.literalText(pieces[0..<(n - 1)])) }
            if stars == 1, firstStar == 0 { return (.endsWith, Self.literalText(pieces[1...])) }
        }
        return (.wildcard, WildcardPattern(pieces: pieces).patternText())
    }

    private init(pieces: [Piece]) { self.pieces = pieces }

    private static func literalText(_ slice: ArraySlice<Piece>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(slice.count)
        for p in slice { if case .literal(let c) = p { UTF8.encode(c) { bytes.append($0) } } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The glob with wildcards as `*`/`?` and literal `*`/`?` escaped.
    func patternText() -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(pieces.count + 4)
        for p in pieces {
            switch p {
            case .star: bytes.append(UInt8(ascii: "*"))
            case .question: bytes.append(UInt8(ascii: "?"))
            case .literal(let c):
                if c == "*" || c == "?" { bytes.append(UInt8(ascii: "\\")) }
                UTF8.encode(c) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension WildcardPattern {
    /// A glob where every `*` and `?` is a wildcard and backslashes are ordinary
    /// characters (EQL `:`, `like` and `wildcard()` after string escapes are resolved).
    static func unescapedGlob(_ text: String) -> WildcardPattern {
        var p = WildcardPattern()
        for s in text.unicodeScalars {
            switch s {
            case "*": p.appendStar()
            case "?": p.appendQuestion()
            default: p.appendLiteral(s)
            }
        }
        return p
    }
}
