import RuleAtlasModel

extension EQLParser {
    mutating func parseExpr() throws(QuerySyntaxError) -> QueryExpr {
        var items = [try parseAnd()]
        while tok.isWord("or") {
            advance()
            items.append(try parseAnd())
        }
        return .any(items)
    }

    mutating func parseAnd() throws(QuerySyntaxError) -> QueryExpr {
        var items = [try parseNot()]
        while tok.isWord("and") {
            advance()
            items.append(try parseNot())
        }
        return .all(items)
    }

    mutating func parseNot() throws(QuerySyntaxError) -> QueryExpr {
        try depth.enter(at: tok.offset)
        defer { depth.leave() }
        if tok.isWord("not") {
            advance()
            return .not(try parseNot())
        }
        return try parsePredicate()
    }

    /// The rest of an `or`/`and` chain whose first predicate is already read.
    mutating func continueExpr(_ first: QueryExpr) throws(QuerySyntaxError) -> QueryExpr {
        var andItems = [first]
        while tok.isWord("and") {
            advance()
            andItems.append(try parseNot())
        }
        var orItems = [QueryExpr.all(andItems)]
        while tok.isWord("or") {
            advance()
            orItems.append(try parseAnd())
        }
        return .any(orItems)
    }

    /// `operand [op operand | [not] in (...) | : v | like v | regex v]`; `lhs` when the
    /// operand is already read.
    mutating func parsePredicate(startingWith known: EQLOperand? = nil) throws(QuerySyntaxError) -> QueryExpr {
        let start = tok.offset
        let lhs: EQLOperand
        if let known { lhs = known } else { lhs = try parseOperand() }
        var negate = false
        if tok.isWord("not"), let n = tokens[safe: i + 1], n.kind == .ident, setKind(n.text.lowercased()) != nil {
            negate = true
            advance()
        }
        if esql, tok.isWord("is") {
            advance()
            let isNot = tok.isWord("not")
            if isNot { advance() }
            try expectWord("null")
            guard let f = TermBuilder.field(of: lhs) else { return .opaque("\(lhs.summary) is null") }
            return isNot ? TermBuilder.term(f, .exists, "true") : TermBuilder.term(f, .isNull, "null")
        }
        let result: QueryExpr
        if tok.kind == .symbol, ["==", "!=", "<", "<=", ">", ">="].contains(tok.text) {
            let op = tok.text
            advance()
            let rhs = try parseOperand()
            result = TermBuilder.compare(lhs, op, rhs, note: { notes.append(($0, start)) })
        } else if tok.isSymbol(":") {
            advance()
            let kind: TermBuilder.SetKind = esql ? .contains : .glob(backslashEscapes: false)
            result = TermBuilder.members(lhs, try parseOperandOrList(), kind: kind, note: { notes.append(($0, start)) })
        } else if tok.kind == .ident, let kind = setKind(tok.text.lowercased()) {
            advance()
            result = TermBuilder.members(lhs, try parseOperandOrList(), kind: kind, note: { notes.append(($0, start)) })
        } else {
            guard !negate else { throw error("expected in, like or regex after not") }
            return TermBuilder.standalone(lhs, esql: esql, note: { notes.append(($0, start)) })
        }
        return negate ? .not(result) : result
    }

    func setKind(_ word: String) -> TermBuilder.SetKind? {
        if esql {
            switch word {
            case "in": return .exact
            case "like": return .glob(backslashEscapes: true)
            case "rlike": return .regex
            default: return nil
            }
        }
        switch word {
        case "in", "in~": return .exact
        case "like", "like~": return .glob(backslashEscapes: false)
        case "regex", "regex~": return .regex
        default: return nil
        }
    }

    /// One operand, or a parenthesised comma list of operands.
    mutating func parseOperandOrList() throws(QuerySyntaxError) -> [EQLOperand] {
        guard tok.isSymbol("(") else { return [try parseOperand()] }
        advance()
        var items = [try parseOperand()]
        while tok.isSymbol(",") {
            advance()
            if tok.isSymbol(")") { break }
            items.append(try parseOperand())
        }
        try expectSymbol(")")
        return items
    }

    /// Arithmetic over primaries; anything with an operator becomes `.computed`.
    mutating func parseOperand() throws(QuerySyntaxError) -> EQLOperand {
        let first = try parsePrimary()
        var text: String?
        while tok.kind == .symbol, ["+", "-", "*", "/", "%"].contains(tok.text) {
            text = (text ?? first.summary) + " \(tok.text) "
            advance()
            text! += try parsePrimary().summary
        }
        return text.map { .computed($0) } ?? first
    }

    mutating func parsePrimary() throws(QuerySyntaxError) -> EQLOperand {
        var operand = try parsePrimaryTerm()
        if esql, tok.isSymbol(":"), tokens[safe: i + 1]?.isSymbol(":") == true {
            advance()
            advance()
            advance()
        }
        if esql, case .number(let n) = operand, tok.kind == .ident, Self.timeUnits.contains(tok.text.lowercased()) {
            operand = .computed("\(n) \(tok.text)")
            advance()
        }
        return operand
    }

    mutating func parsePrimaryTerm() throws(QuerySyntaxError) -> EQLOperand {
        try depth.enter(at: tok.offset)
        defer { depth.leave() }
        let t = tok
        switch t.kind {
        case .string(let raw):
            advance()
            return .string(t.text, raw: raw)
        case .number:
            advance()
            return .number(t.text)
        case .optionalIdent, .quotedIdent:
            advance()
            return .field(t.text)
        case .ident:
            advance()
            let lower = t.text.lowercased()
            if lower == "true" || lower == "false" { return .bool(lower) }
            if lower == "null" { return .null }
            if tok.isSymbol("(") {
                advance()
                var args: [EQLOperand] = []
                if !tok.isSymbol(")") {
                    args.append(try parseFunctionArgument())
                    while tok.isSymbol(",") {
                        advance()
                        args.append(try parseFunctionArgument())
                    }
                }
                try expectSymbol(")")
                return .call(name: t.text, args: args)
            }
            return .field(t.text)
        case .symbol where t.text == "(":
            advance()
            if tok.isWord("not") {
                let e = try parseExpr()
                try expectSymbol(")")
                return .boolean(e)
            }
            let inner = try parseOperand()
            if tok.isSymbol(")") {
                advance()
                return inner
            }
            let e = try continueExpr(try parsePredicate(startingWith: inner))
            try expectSymbol(")")
            return .boolean(e)
        case .symbol where t.text == "{":
            var depth = 0
            repeat {
                if tok.isSymbol("{") { depth += 1 }
                if tok.isSymbol("}") { depth -= 1 }
                guard tok.kind != .end else { throw error("unterminated map literal") }
                advance()
            } while depth > 0
            return .computed("{...}")
        case .symbol where t.text == "-":
            advance()
            let inner = try parsePrimary()
            if case .number(let n) = inner { return .number("-" + n) }
            return .computed("-" + inner.summary)
        default:
            throw error("expected a value")
        }
    }

    /// Function arguments may themselves be boolean expressions (`safe(a == b)`).
    mutating func parseFunctionArgument() throws(QuerySyntaxError) -> EQLOperand {
        if tok.isWord("not") { return .boolean(try parseExpr()) }
        let operand = try parseOperand()
        if tok.isSymbol(",") || tok.isSymbol(")") { return operand }
        return .boolean(try continueExpr(try parsePredicate(startingWith: operand)))
    }
}

extension EQLParser {
    /// ES|QL time-span units after a number (`7 days`, `1 hour`).
    static let timeUnits: Set<String> = [
        "millisecond", "milliseconds", "ms", "second", "seconds", "sec", "s", "minute", "minutes", "min",
        "hour", "hours", "h", "day", "days", "d", "week", "weeks", "w", "month", "months", "mo", "quarter",
        "quarters", "q", "year", "years", "yr", "y",
    ]
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
