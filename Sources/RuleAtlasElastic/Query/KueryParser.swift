import RuleAtlasModel

/// Parses Kibana query language (kuery) and, with `lucene: true`, the Lucene
/// `query_string` subset the corpus uses, into a `QueryExpr`.
///
/// kuery: `field : value`, quoted values (every character literal, `*` too) and bare
/// values (`*` a wildcard, `\` escapes, inner spaces kept), lists `field : (a or b)`,
/// `field : *` (exists), ranges `field >= 5`, nested `field : { sub : v }`, `not`,
/// `and`/`or` (any case) and parentheses. A value without a field searches every field
/// (`_keyword`, substring). Lucene: `AND`/`OR`/`NOT`, `&&`/`||`/`!`, `-term`, bare
/// values end at whitespace and `?` is a wildcard too, `/regex/`, `[a TO b]` ranges,
/// `_exists_:f`; operators are taken in any case, as the corpus writes `or` in lists.
public struct KueryParser {
    var c: ByteCursor
    let lucene: Bool
    var depth = NestingDepth()

    public init(_ text: String, lucene: Bool = false) {
        c = ByteCursor(text)
        self.lucene = lucene
    }

    /// Parses the whole query; an empty query is an error.
    public static func parse(_ text: String, lucene: Bool = false) throws(QuerySyntaxError) -> QueryExpr {
        var p = KueryParser(text, lucene: lucene)
        p.c.skipSpaces()
        guard !p.c.atEnd else { throw QuerySyntaxError("empty query", at: 0) }
        let e = try p.parseOr(prefix: "")
        p.c.skipSpaces()
        guard p.c.atEnd else { throw QuerySyntaxError("unexpected '\(p.c.text(p.c.pos..<min(p.c.pos + 12, p.c.bytes.count)))'", at: p.c.pos) }
        return e
    }

    // MARK: Boolean structure

    mutating func parseOr(prefix: String) throws(QuerySyntaxError) -> QueryExpr {
        var items = [try parseAnd(prefix: prefix)]
        while takeKeyword(lucene ? "OR" : "or", symbol: "||") { items.append(try parseAnd(prefix: prefix)) }
        return .any(items)
    }

    mutating func parseAnd(prefix: String) throws(QuerySyntaxError) -> QueryExpr {
        var items = [try parseNot(prefix: prefix)]
        while true {
            if takeKeyword(lucene ? "AND" : "and", symbol: "&&") {
                items.append(try parseNot(prefix: prefix))
            } else if lucene, startsImplicitClause() {
                items.append(try parseNot(prefix: prefix))
            } else {
                break
            }
        }
        return .all(items)
    }

    mutating func parseNot(prefix: String) throws(QuerySyntaxError) -> QueryExpr {
        try depth.enter(at: c.pos)
        defer { depth.leave() }
        c.skipSpaces()
        if takeKeyword(lucene ? "NOT" : "not", symbol: "!") { return .not(try parseNot(prefix: prefix)) }
        if lucene, c.current == UInt8(ascii: "-") { c.pos += 1; return .not(try parseNot(prefix: prefix)) }
        if lucene, c.current == UInt8(ascii: "+") { c.pos += 1 }
        return try parseClause(prefix: prefix)
    }

    /// Lucene joins adjacent clauses without an operator (default AND here).
    func startsImplicitClause() -> Bool {
        var probe = c
        probe.skipSpaces()
        guard let b = probe.current, probe.pos > c.pos else { return false }
        if probe.matchesExact("OR", at: probe.pos) || probe.matchesExact("||", at: probe.pos) { return false }
        return b != UInt8(ascii: ")") && b != UInt8(ascii: "}")
    }

    /// Consumes `word` when it stands as an operator here (spaces or a parenthesis on
    /// both sides), or the Lucene `symbol`.
    mutating func takeKeyword(_ word: String, symbol: String) -> Bool {
        var probe = c
        probe.skipSpaces()
        let n = word.utf8.count
        let matched = probe.matchesWord(word, at: probe.pos)
        if matched {
            let after = probe.peek(n)
            let boundary = after.map { ByteCursor.isSpace($0) || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "\"") } ?? false
            let before = probe.pos == 0 || "\t\n\r ()\"{".utf8.contains(probe.bytes[probe.pos - 1])
            if boundary && before {
                c.pos = probe.pos + n
                return true
            }
        }
        if lucene, probe.matchesExact(symbol, at: probe.pos) {
            c.pos = probe.pos + symbol.utf8.count
            return true
        }
        return false
    }

    // MARK: Clauses

    mutating func parseClause(prefix: String) throws(QuerySyntaxError) -> QueryExpr {
        c.skipSpaces()
        guard let b = c.current else { throw QuerySyntaxError("expected a term", at: c.pos) }
        if b == UInt8(ascii: "(") {
            c.pos += 1
            let e = try parseOr(prefix: prefix)
            try expect(")")
            return e
        }
        let head = try readValue()
        c.skipSpaces()
        if c.current == UInt8(ascii: ":") {
            c.pos += 1
            let field = prefix + head.text
            if lucene, field == "_exists_" {
                let v = try readValue()
                return .term(QueryTerm(field: prefix + v.text, op: .exists, value: "true"))
            }
            c.skipSpaces()
            if c.current == UInt8(ascii: "{"), !lucene {
                c.pos += 1
                let e = try parseOr(prefix: field + ".")
                try expect("}")
                return e
            }
            return try parseValues(field: field)
        }
        if let op = rangeOperator() {
            c.skipSpaces()
            let v = try readValue()
            return .term(QueryTerm(field: prefix + head.text, op: op, value: v.text))
        }
        var p = head.pattern
        p.pieces.insert(.star, at: 0)
        p.appendStar()
        let (op, value) = p.classified()
        return .term(QueryTerm(field: "_keyword", op: op, value: value))
    }

    mutating func rangeOperator() -> Op? {
        guard let b = c.current, b == UInt8(ascii: "<") || b == UInt8(ascii: ">") else { return nil }
        let eq = c.peek(1) == UInt8(ascii: "=")
        c.pos += eq ? 2 : 1
        if b == UInt8(ascii: "<") { return eq ? .lte : .lt }
        return eq ? .gte : .gt
    }

    /// The value side of `field :`: one value or a parenthesised boolean list of values.
    mutating func parseValues(field: String) throws(QuerySyntaxError) -> QueryExpr {
        c.skipSpaces()
        if c.current == UInt8(ascii: "(") {
            c.pos += 1
            let e = try parseValueOr(field: field)
            try expect(")")
            return e
        }
        if lucene, c.current == UInt8(ascii: "[") || c.current == UInt8(ascii: "{") { return try parseLuceneRange(field: field) }
        return term(field, try readValue())
    }

    mutating func parseValueOr(field: String) throws(QuerySyntaxError) -> QueryExpr {
        var items = [try parseValueAnd(field: field)]
        while takeKeyword(lucene ? "OR" : "or", symbol: "||") { items.append(try parseValueAnd(field: field)) }
        return .any(items)
    }

    mutating func parseValueAnd(field: String) throws(QuerySyntaxError) -> QueryExpr {
        var items = [try parseValueNot(field: field)]
        while takeKeyword(lucene ? "AND" : "and", symbol: "&&") { items.append(try parseValueNot(field: field)) }
        return .all(items)
    }

    mutating func parseValueNot(field: String) throws(QuerySyntaxError) -> QueryExpr {
        try depth.enter(at: c.pos)
        defer { depth.leave() }
        if takeKeyword(lucene ? "NOT" : "not", symbol: "!") { return .not(try parseValueNot(field: field)) }
        c.skipSpaces()
        if c.current == UInt8(ascii: "(") {
            c.pos += 1
            let e = try parseValueOr(field: field)
            try expect(")")
            return e
        }
        return term(field, try readValue())
    }

    mutating func parseLuceneRange(field: String) throws(QuerySyntaxError) -> QueryExpr {
        let inclusiveLow = c.current == UInt8(ascii: "[")
        c.pos += 1
        c.skipSpaces()
        let low = try readValue()
        c.skipSpaces()
        guard c.matchesExact("TO", at: c.pos) else { throw QuerySyntaxError("expected TO in a range", at: c.pos) }
        c.pos += 2
        c.skipSpaces()
        let high = try readValue()
        c.skipSpaces()
        guard let close = c.current, close == UInt8(ascii: "]") || close == UInt8(ascii: "}") else {
            throw QuerySyntaxError("unterminated range", at: c.pos)
        }
        c.pos += 1
        var parts: [QueryExpr] = []
        if low.text != "*" { parts.append(.term(QueryTerm(field: field, op: inclusiveLow ? .gte : .gt, value: low.text))) }
        if high.text != "*" { parts.append(.term(QueryTerm(field: field, op: close == UInt8(ascii: "]") ? .lte : .lt, value: high.text))) }
        return parts.isEmpty ? .term(QueryTerm(field: field, op: .exists, value: "true")) : .all(parts)
    }

    func term(_ field: String, _ v: KueryValue) -> QueryExpr {
        if v.regex { return .term(QueryTerm(field: field, op: .regexMatch, value: v.text)) }
        let (op, value) = v.pattern.classified()
        return .term(QueryTerm(field: field, op: op, value: value))
    }

    mutating func expect(_ ch: Character) throws(QuerySyntaxError) {
        c.skipSpaces()
        guard let b = c.current, b == ch.asciiValue else { throw QuerySyntaxError("expected '\(ch)'", at: c.pos) }
        c.pos += 1
    }
}
