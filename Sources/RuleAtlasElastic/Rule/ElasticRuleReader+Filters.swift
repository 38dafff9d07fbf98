import RuleAtlasModel

extension ElasticRuleReader {
    /// `[[rule.filters]]` (Kibana filter JSON written as TOML): each enabled filter is a
    /// conjunct of the query, `meta.negate` wraps it in `not`.
    mutating func readFilters(_ rule: TOMLTable) -> [QueryExpr] {
        guard let filters = rule["filters"]?.array else { return [] }
        var out: [QueryExpr] = []
        for item in filters {
            guard let filter = item.table else { continue }
            let meta = filter["meta"]?.table
            if meta?["disabled"]?.bool == true { continue }
            let body = filter["query"]?.table ?? filter
            guard let e = filterExpr(body) else {
                let kinds = body.entries.map(\.key).filter { $0 != "meta" && $0 != "$state" }
                diagnose(.warning, "filter of kind \(kinds.joined(separator: ", ")) is not understood; skipped",
                         line: meta.flatMap { _ in filter.entry("meta")?.line } ?? 0)
                continue
            }
            out.append(meta?["negate"]?.bool == true ? .not(e) : e)
        }
        return out
    }

    /// One Elasticsearch query clause: `wildcard`, `exists`, `match_phrase`, `match`, `term`, `prefix`.
    private func filterExpr(_ body: TOMLTable) -> QueryExpr? {
        if let exists = body["exists"]?.table, let field = exists["field"]?.string {
            return .term(QueryTerm(field: field, op: .exists, value: "true"))
        }
        for kind in ["wildcard", "match_phrase", "match", "term", "prefix"] {
            guard let clause = body[kind]?.table, let first = clause.entries.first else { continue }
            let field = first.key
            let value = first.value.table.flatMap { $0["value"]?.scalarText ?? $0["query"]?.scalarText } ?? first.value.scalarText
            guard let v = value else { return nil }
            switch kind {
            case "wildcard":
                let (op, text) = WildcardPattern.glob(v).classified()
                return .term(QueryTerm(field: field, op: op, value: text))
            case "prefix":
                return .term(QueryTerm(field: field, op: .startsWith, value: v))
            default:
                return .term(QueryTerm(field: field, op: .eq, value: v))
            }
        }
        return nil
    }
}
