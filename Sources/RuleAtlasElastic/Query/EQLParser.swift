import RuleAtlasModel

/// Parses an EQL query (event query, `sequence`, `sample`) into a `QueryExpr`, with the
/// event categories it reads.
///
/// Stages of a sequence or sample are conjuncts; an `until` stage cancels the sequence,
/// so its predicates are exclusions, and so are those of a missing-event stage
/// `![...]` (decision 0601). Pipes (`| head 5`) are skipped,
/// except `| filter expr`, which is another conjunct.
public struct EQLParser {
    var tokens: [EQLToken]
    var i = 0
    var depth = NestingDepth()
    /// Constructs read but not counted, and functions not known: shown as diagnostics.
    public internal(set) var notes: [(message: String, offset: Int)] = []
    /// Event categories in stage order (`process`, `network`, `any`).
    public internal(set) var categories: [String] = []
    /// ES|QL expression rules: `LIKE` with backslash escapes, `RLIKE`, `IS [NOT] NULL`.
    var esql = false

    init(tokens: [EQLToken]) { self.tokens = tokens }

    /// The query as a tree plus what the parse noticed.
    public struct Output: Sendable {
        public var expr: QueryExpr
        public var categories: [String]
        public var notes: [(message: String, offset: Int)]
    }

    public static func parse(_ text: String) throws(QuerySyntaxError) -> Output {
        var p = EQLParser(tokens: try EQLLexer.tokenize(text))
        let expr = try p.parseQuery()
        return Output(expr: expr, categories: p.categories, notes: p.notes)
    }

    var tok: EQLToken { tokens[i] }
    mutating func advance() { if i < tokens.count - 1 { i += 1 } }

    func error(_ message: String) -> QuerySyntaxError {
        QuerySyntaxError("\(message), found '\(tok.kind == .end ? "end of query" : tok.text)'", at: tok.offset)
    }

    mutating func expectSymbol(_ s: String) throws(QuerySyntaxError) {
        guard tok.isSymbol(s) else { throw error("expected '\(s)'") }
        advance()
    }

    mutating func expectWord(_ w: String) throws(QuerySyntaxError) {
        guard tok.isWord(w) else { throw error("expected '\(w)'") }
        advance()
    }

    // MARK: Query shapes

    mutating func parseQuery() throws(QuerySyntaxError) -> QueryExpr {
        var parts: [QueryExpr]
        if tok.isWord("sequence") {
            advance()
            parts = try parseStages(allowUntil: true)
        } else if tok.isWord("sample") {
            advance()
            parts = try parseStages(allowUntil: false)
        } else {
            parts = [try parseEventQuery()]
        }
        while tok.isSymbol("|") {
            advance()
            if tok.isWord("filter") {
                advance()
                parts.append(try parseExpr())
            } else {
                while tok.kind != .end && !tok.isSymbol("|") { advance() }
            }
        }
        guard tok.kind == .end else { throw error("unexpected token after the query") }
        return .all(parts)
    }

    /// `[by keys] [with maxspan=d]` then `[stage] [by keys] [with runs=N]`... `[until [stage]]`.
    mutating func parseStages(allowUntil: Bool) throws(QuerySyntaxError) -> [QueryExpr] {
        try parseHeaderOptions()
        var parts: [QueryExpr] = []
        while tok.isSymbol("[") || (tok.isSymbol("!") && tokens[safe: i + 1]?.isSymbol("[") == true) {
            if tok.isSymbol("!") {
                advance()
                parts.append(.not(try parseStage()))
            } else {
                parts.append(try parseStage())
            }
        }
        guard !parts.isEmpty else { throw error("expected '[' to start a stage") }
        if allowUntil, tok.isWord("until") {
            advance()
            parts.append(.not(try parseStage()))
        }
        return parts
    }

    mutating func parseHeaderOptions() throws(QuerySyntaxError) {
        while true {
            if tok.isWord("by") {
                advance()
                try skipKeyList()
            } else if tok.isWord("with") {
                advance()
                try skipSetting()
            } else {
                return
            }
        }
    }

    mutating func parseStage() throws(QuerySyntaxError) -> QueryExpr {
        try expectSymbol("[")
        let e = try parseEventQuery()
        try expectSymbol("]")
        while tok.isWord("by") || tok.isWord("with") {
            let by = tok.isWord("by")
            advance()
            if by { try skipKeyList() } else { try skipSetting() }
        }
        return e
    }

    /// `maxspan=1m`, `runs=3`, `fork=true`.
    mutating func skipSetting() throws(QuerySyntaxError) {
        guard tok.kind == .ident else { throw error("expected a setting name") }
        advance()
        try expectSymbol("=")
        guard tok.kind != .end else { throw error("expected a setting value") }
        advance()
    }

    mutating func skipKeyList() throws(QuerySyntaxError) {
        _ = try parseOperand()
        while tok.isSymbol(",") {
            advance()
            _ = try parseOperand()
        }
    }

    /// `category where expr`; the category may be quoted.
    mutating func parseEventQuery() throws(QuerySyntaxError) -> QueryExpr {
        switch tok.kind {
        case .ident, .quotedIdent, .string: categories.append(tok.text.lowercased())
        default: throw error("expected an event category")
        }
        advance()
        try expectWord("where")
        return try parseExpr()
    }
}
