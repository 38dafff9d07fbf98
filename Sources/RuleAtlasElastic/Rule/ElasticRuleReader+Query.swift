import RuleAtlasModel

extension ElasticRuleReader {
    /// Parses the rule's query and filters into predicates and events.
    mutating func readQuery(_ rule: TOMLTable, into document: inout ElasticRuleDocument) {
        if document.type == "machine_learning" { return }
        var parts: [QueryExpr] = []
        var notes: [(String, Int, Int)] = []
        if let entry = rule.entry("query"), let text = entry.value.string {
            let language = document.language ?? Self.defaultLanguage(document.type)
            if let parsed = parseQuery(text, language: language, entry: entry, document: &document, notes: &notes) {
                parts.append(parsed)
            }
        } else {
            diagnose(.warning, "\(document.type) rule has no query; no predicates")
        }
        parts += readFilters(rule)
        for (message, line, column) in notes { diagnose(.warning, message, line: line, column: column) }
        guard !parts.isEmpty else { return }
        var reducer = QueryReducer()
        let predicates = reducer.reduce(.all(parts))
        document.platforms = Self.platforms(reducer: reducer, tags: document.tags)
        let (events, mapped) = linkAndMap(predicates, reducer: reducer, document: document)
        document.rule.events = events
        document.rule.predicates = mapped
        if !mapped.contains(where: { $0.polarity == .positive }) {
            let why = mapped.isEmpty
                ? "the query only selects log sources or uses constructs that are not counted"
                : "every predicate is an exclusion or negated"
            diagnose(.info, "no positive predicate: \(why)", line: rule.entry("query")?.line ?? 0)
        }
    }

    static func defaultLanguage(_ type: String) -> String {
        switch type {
        case "eql": return "eql"
        case "esql": return "esql"
        default: return "kuery"
        }
    }

    /// Runs the language's parser; syntax errors become diagnostics at their place in the file.
    mutating func parseQuery(
        _ text: String, language: String, entry: TOMLEntry, document: inout ElasticRuleDocument,
        notes: inout [(String, Int, Int)]
    ) -> QueryExpr? {
        let bytes = Array(text.utf8)
        func place(_ offset: Int) -> (Int, Int) { Self.position(of: offset, in: bytes, entry: entry) }
        do {
            switch language {
            case "kuery":
                return try KueryParser.parse(text)
            case "lucene":
                return try KueryParser.parse(text, lucene: true)
            case "eql":
                let out = try EQLParser.parse(text)
                document.eqlCategories = out.categories
                for n in out.notes { let (l, c) = place(n.offset); notes.append(("EQL: \(n.message)", l, c)) }
                return out.expr
            case "esql":
                let out = try ESQLParser.parse(text)
                document.index += out.sources.filter { !document.index.contains($0) }
                for n in out.notes { let (l, c) = place(n.offset); notes.append(("ES|QL: \(n.message)", l, c)) }
                return out.expr
            default:
                diagnose(.warning, "query language '\(language)' is not supported; no predicates", line: entry.line, column: entry.column)
                return nil
            }
        } catch {
            let (l, c) = place(error.offset)
            diagnose(.error, "\(language) syntax: \(error.message)", line: l, column: c)
            return nil
        }
    }

    /// File line and column of a byte offset inside a string value starting at `entry`.
    static func position(of offset: Int, in bytes: [UInt8], entry: TOMLEntry) -> (Int, Int) {
        var line = entry.line
        var lineStart = 0
        let end = min(offset, bytes.count)
        for k in 0..<end where bytes[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        let column = (line == entry.line ? entry.column : 1) + (end - lineStart)
        return (line, column)
    }
}
