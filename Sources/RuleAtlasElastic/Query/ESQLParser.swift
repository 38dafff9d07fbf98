import RuleAtlasModel

/// Parses an ES|QL pipeline into the predicates of its event filters.
///
/// `FROM` names the sources (index patterns, for event linking). `WHERE` commands
/// before the first `STATS` are conjuncts of the event filter; a term on a field made
/// by `EVAL`, `DISSECT`, `GROK` or `RENAME` is kept out (`.opaque`), and every `WHERE`
/// after a `STATS` filters aggregates, so it yields nothing.
public enum ESQLParser {
    public struct Output: Sendable {
        public var expr: QueryExpr
        /// `FROM` sources as written (`logs-aws.cloudtrail-*`).
        public var sources: [String]
        public var notes: [(message: String, offset: Int)]
    }

    private static let knownCommands: Set<String> = [
        "from", "ts", "row", "show", "where", "eval", "stats", "inlinestats", "inline", "keep", "drop", "sort",
        "limit", "rename", "dissect", "grok", "mv_expand", "enrich", "lookup", "metadata", "sample", "change_point",
        "fork", "rerank", "completion", "fuse",
    ]

    public static func parse(_ text: String) throws(QuerySyntaxError) -> Output {
        let tokens = try EQLLexer.tokenize(text)
        let bytes = Array(text.utf8)
        var commands: [ArraySlice<EQLToken>] = []
        var start = 0
        for (k, t) in tokens.enumerated() where t.isSymbol("|") || t.kind == .end {
            commands.append(tokens[start..<k])
            start = k + 1
        }
        var sources: [String] = []
        var parts: [QueryExpr] = []
        var notes: [(message: String, offset: Int)] = []
        var derived = Set<String>()
        var aliases: [String: String] = [:]
        var afterStats = false
        for command in commands {
            guard let head = command.first else { throw QuerySyntaxError("empty pipeline command", at: tokens[min(start, tokens.count - 1)].offset) }
            let name = head.text.lowercased()
            guard head.kind == .ident, knownCommands.contains(name) else {
                notes.append(("ES|QL command '\(head.text)' is not known; skipped", head.offset))
                continue
            }
            switch name {
            case "from", "ts":
                let end = command.first { $0.isWord("metadata") }?.offset ?? command.last.map { endOffset($0, bytes) } ?? head.offset
                sources += sourceNames(bytes, from: head.offset + head.text.utf8.count, to: end)
            case "where":
                if afterStats { continue }
                var p = EQLParser(tokens: Array(command.dropFirst()) + [EQLToken(kind: .end, text: "", offset: endOffset(command.last!, bytes))])
                p.esql = true
                let e = try p.parseExpr()
                guard p.tok.kind == .end else { throw p.error("unexpected token in WHERE") }
                notes += p.notes
                parts.append(derived.isEmpty && aliases.isEmpty ? e : resolvingComputed(e, derived: derived, aliases: aliases))
            case "stats", "inlinestats", "inline":
                afterStats = true
                derived.formUnion(assignedNames(command))
            case "eval":
                for (name, source) in evalAssignments(command) {
                    if let source, !derived.contains(source) {
                        aliases[name] = aliases[source] ?? source
                        derived.remove(name)
                    } else {
                        derived.insert(name)
                        aliases[name] = nil
                    }
                }
            case "rename":
                derived.formUnion(renamedNames(command))
            case "dissect", "grok":
                for t in command { if case .string = t.kind { derived.formUnion(patternNames(t.text)) } }
            default:
                continue
            }
        }
        if sources.isEmpty { notes.append(("ES|QL query has no FROM source", 0)) }
        return Output(expr: parts.isEmpty ? .opaque("no event filter") : .all(parts), sources: sources, notes: notes)
    }

    private static func endOffset(_ t: EQLToken, _ bytes: [UInt8]) -> Int {
        var end = t.offset + t.text.utf8.count
        if case .string = t.kind { end += 2 }
        return min(end, bytes.count)
    }

    /// Comma-separated index patterns between FROM and METADATA or the pipe.
    private static func sourceNames(_ bytes: [UInt8], from: Int, to: Int) -> [String] {
        guard from < to, to <= bytes.count else { return [] }
        return String(decoding: bytes[from..<to], as: UTF8.self)
            .split(separator: ",")
            .map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty && !$0.hasPrefix("//") }
    }

    /// `name = expr` at the top level of an EVAL or STATS, plus `BY` keys are not derived.
    private static func assignedNames(_ command: ArraySlice<EQLToken>) -> Set<String> {
        var out = Set<String>()
        var depth = 0
        var previous: EQLToken?
        for t in command {
            if t.isSymbol("(") { depth += 1 }
            if t.isSymbol(")") { depth -= 1 }
            if depth == 0, t.isSymbol("="), let p = previous, p.kind == .ident || p.kind == .quotedIdent { out.insert(p.text) }
            previous = t
        }
        return out
    }

    /// `RENAME a AS b` and `RENAME b = a`: the new names.
    private static func renamedNames(_ command: ArraySlice<EQLToken>) -> Set<String> {
        var out = Set<String>()
        let items = Array(command)
        for k in items.indices {
            if items[k].isWord("as"), k + 1 < items.count { out.insert(items[k + 1].text) }
            if items[k].isSymbol("="), k > 0 { out.insert(items[k - 1].text) }
        }
        return out
    }

    /// Output names of a GROK or DISSECT pattern: `%{SYNTAX:name}`, `%{name}`, `%{?name}`,
    /// `%{+name}` and regex groups `(?<name>...)`.
    private static func patternNames(_ pattern: String) -> Set<String> {
        var out = Set<String>()
        let b = Array(pattern.utf8)
        var i = 0
        while i + 2 < b.count {
            let percent = b[i] == UInt8(ascii: "%") && b[i + 1] == UInt8(ascii: "{")
            let group = b[i] == UInt8(ascii: "(") && b[i + 1] == UInt8(ascii: "?") && b[i + 2] == UInt8(ascii: "<")
            guard percent || group else { i += 1; continue }
            let start = i + (percent ? 2 : 3)
            guard let end = b[start...].firstIndex(of: UInt8(ascii: percent ? "}" : ">")) else { break }
            var name = String(decoding: b[start..<end], as: UTF8.self)
            if percent, let colon = name.firstIndex(of: ":") { name = String(name[name.index(after: colon)...]) }
            if let colon = name.firstIndex(of: ":") { name = String(name[..<colon]) }
            while let f = name.first, f == "?" || f == "+" || f == "&" { name.removeFirst() }
            if !name.isEmpty { out.insert(name) }
            i = end + 1
        }
        return out
    }

    /// `EVAL name = expr, ...`: each name with the field it copies when `expr` is a field
    /// or a case-folding function of one (`TO_LOWER(user_agent.original)`), else nil.
    private static func evalAssignments(_ command: ArraySlice<EQLToken>) -> [(String, String?)] {
        var out: [(String, String?)] = []
        var items: [[EQLToken]] = [[]]
        var depth = 0
        for t in command.dropFirst() {
            if t.isSymbol("(") { depth += 1 }
            if t.isSymbol(")") { depth -= 1 }
            if depth == 0, t.isSymbol(",") { items.append([]); continue }
            items[items.count - 1].append(t)
        }
        for item in items {
            guard item.count >= 3, item[1].isSymbol("="), item[0].kind == .ident || item[0].kind == .quotedIdent else { continue }
            let rhs = Array(item[2...])
            var source: String?
            if rhs.count == 1, rhs[0].kind == .ident || rhs[0].kind == .quotedIdent {
                source = rhs[0].text
            } else if rhs.count == 4, rhs[1].isSymbol("("), rhs[3].isSymbol(")"), rhs[2].kind == .ident || rhs[2].kind == .quotedIdent,
                TermBuilder.field(of: .call(name: rhs[0].text, args: [.field(rhs[2].text)])) != nil
            {
                source = rhs[2].text
            }
            out.append((item[0].text, source))
        }
        return out
    }

    /// Terms on an EVAL copy of a field move to that field; terms on other computed
    /// fields become `.opaque`: they filter computed values, not events.
    private static func resolvingComputed(_ e: QueryExpr, derived: Set<String>, aliases: [String: String]) -> QueryExpr {
        switch e {
        case .and(let items): return .and(items.map { resolvingComputed($0, derived: derived, aliases: aliases) })
        case .or(let items): return .or(items.map { resolvingComputed($0, derived: derived, aliases: aliases) })
        case .not(let inner): return .not(resolvingComputed(inner, derived: derived, aliases: aliases))
        case .term(var t):
            if let source = aliases[t.field] { t.field = source; return .term(t) }
            return derived.contains(t.field) ? .opaque("\(t.field) (computed)") : e
        case .notEqual(var t):
            if let source = aliases[t.field] { t.field = source; return .notEqual(t) }
            return derived.contains(t.field) ? .opaque("\(t.field) (computed)") : e
        case .opaque: return e
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and newlines.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !($0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r") }),
            let last = scalars.lastIndex(where: { !($0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r") })
        else { return "" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[first...last])
        return String(view)
    }
}
