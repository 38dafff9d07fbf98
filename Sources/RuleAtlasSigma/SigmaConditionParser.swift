import RuleAtlasModel

/// Parses a Sigma condition string into a tree whose leaves are search identifiers.
///
/// Grammar, loosest first: `or`, `and`, `not`, then parentheses, `1 of P`, `all of P`
/// (`P` a name with `*` wildcards, or `them` = every identifier not starting with `_`)
/// and bare identifiers. Keywords are case-insensitive. A Sigma v1 aggregation
/// (`| count() ...`) ends the expression; the caller is told so it can warn.
struct SigmaConditionParser {
    struct Failure: Error {
        var message: String
        /// 0-based byte offset in the condition text.
        var offset: Int
    }

    enum Token: Equatable {
        case open, close, pipe
        case word(String)
    }

    private let tokens: [(token: Token, offset: Int)]
    private let identifiers: [String]
    private let end: Int
    private var index = 0
    private var depth = 0
    static let maxDepth = 100
    /// Where an aggregation pipe started, if the condition has one.
    private(set) var aggregationOffset: Int?

    init(_ text: String, identifiers: [String]) {
        tokens = Self.tokenize(text)
        end = text.utf8.count
        self.identifiers = identifiers
    }

    static func tokenize(_ text: String) -> [(token: Token, offset: Int)] {
        var out: [(Token, Int)] = []
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            switch c {
            case 9, 10, 13, 32: i += 1
            case UInt8(ascii: "("): out.append((.open, i)); i += 1
            case UInt8(ascii: ")"): out.append((.close, i)); i += 1
            case UInt8(ascii: "|"): out.append((.pipe, i)); i += 1
            default:
                let start = i
                while i < bytes.count, ![9, 10, 13, 32, 40, 41, 124].contains(bytes[i]) { i += 1 }
                out.append((.word(String(decoding: bytes[start..<i], as: UTF8.self)), start))
            }
        }
        return out
    }

    /// The whole condition; fails on trailing tokens, unknown identifiers and empty patterns.
    mutating func parse() throws(Failure) -> Condition<String> {
        let tree = try parseOr()
        if index < tokens.count {
            if tokens[index].token == .pipe {
                aggregationOffset = tokens[index].offset
            } else {
                throw Failure(message: "unexpected '\(Self.describe(tokens[index].token))' in condition", offset: tokens[index].offset)
            }
        }
        return tree
    }

    private var peek: Token? { index < tokens.count ? tokens[index].token : nil }
    private var offset: Int { index < tokens.count ? tokens[index].offset : end }

    private func isKeyword(_ t: Token?, _ word: String) -> Bool {
        if case .word(let w)? = t { return w.lowercased() == word }
        return false
    }

    private mutating func parseOr() throws(Failure) -> Condition<String> {
        var items = [try parseAnd()]
        while isKeyword(peek, "or") {
            index += 1
            items.append(try parseAnd())
        }
        return items.count == 1 ? items[0] : .or(items)
    }

    private mutating func parseAnd() throws(Failure) -> Condition<String> {
        var items = [try parseNot()]
        while isKeyword(peek, "and") {
            index += 1
            items.append(try parseNot())
        }
        return items.count == 1 ? items[0] : .and(items)
    }

    private mutating func parseNot() throws(Failure) -> Condition<String> {
        guard isKeyword(peek, "not") else { return try parsePrimary() }
        index += 1
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw Failure(message: "condition nested too deeply", offset: offset) }
        return .not(try parseNot())
    }

    private mutating func parsePrimary() throws(Failure) -> Condition<String> {
        let at = offset
        guard let token = peek else { throw Failure(message: "condition ends where a search identifier was expected", offset: at) }
        switch token {
        case .open:
            index += 1
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maxDepth else { throw Failure(message: "condition nested too deeply", offset: at) }
            let inner = try parseOr()
            guard peek == .close else { throw Failure(message: "missing ')' for '(' at character \(at + 1)", offset: offset) }
            index += 1
            return inner
        case .close, .pipe:
            throw Failure(message: "unexpected '\(Self.describe(token))' in condition", offset: at)
        case .word(let word):
            index += 1
            let lower = word.lowercased()
            if isKeyword(peek, "of") {
                index += 1
                return try quantifier(lower, at: at)
            }
            if ["and", "or", "not", "of", "them"].contains(lower) {
                throw Failure(message: "'\(word)' where a search identifier was expected", offset: at)
            }
            guard identifiers.contains(word) else {
                throw Failure(message: "unknown search identifier '\(word)'", offset: at)
            }
            return .leaf(word)
        }
    }

    private mutating func quantifier(_ count: String, at: Int) throws(Failure) -> Condition<String> {
        guard count == "1" || count == "all" || count == "any" else {
            throw Failure(message: "'\(count) of' is not a Sigma quantifier (use '1 of' or 'all of')", offset: at)
        }
        let patternOffset = offset
        guard case .word(let pattern)? = peek else {
            throw Failure(message: "'\(count) of' needs a pattern or 'them'", offset: patternOffset)
        }
        index += 1
        let names: [String]
        if pattern.lowercased() == "them" {
            names = identifiers.filter { !$0.hasPrefix("_") }
        } else {
            names = identifiers.filter { SigmaGlob.matches($0, pattern: pattern) }
        }
        guard !names.isEmpty else {
            throw Failure(message: "'\(pattern)' matches no search identifier", offset: patternOffset)
        }
        let leaves = names.map { Condition<String>.leaf($0) }
        if leaves.count == 1 { return leaves[0] }
        return count == "all" ? .and(leaves) : .or(leaves)
    }

    private static func describe(_ t: Token) -> String {
        switch t {
        case .open: "("
        case .close: ")"
        case .pipe: "|"
        case .word(let w): w
        }
    }
}
