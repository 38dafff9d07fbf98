import RuleAtlasModel

/// The parsed field table, indexed by vendor and field, with the scope-aware row choice of
/// `normalization.md` ("How to look up a field").
final class FieldIndex: Sendable {
    let rows: [FieldRow]
    private let exact: [String: [Int]]
    private let folded: [String: [Int]]
    /// Catalog event -> the Sigma categories that link to it (Sysmon 13 -> registry_set, registry_event).
    private let eventCategories: [String: [String]]

    init(rows: [FieldRow], links: LinkTable) {
        self.rows = rows
        var exact: [String: [Int]] = [:]
        var folded: [String: [Int]] = [:]
        for (i, r) in rows.enumerated() {
            exact["\(r.vendor)|\(r.vendorField)", default: []].append(i)
            folded["\(r.vendor)|\(r.vendorField.lowercased())", default: []].append(i)
        }
        self.exact = exact
        self.folded = folded
        var cats: [String: [String]] = [:]
        for row in links.rows("sigma", "logsource") where row.key.hasPrefix("category=") {
            guard case .ids(let ids) = row.events else { continue }
            for id in ids { cats["\(row.provider)/\(id)", default: []].append(String(row.key.dropFirst(9))) }
        }
        eventCategories = cats
    }

    static let builtin = FieldIndex(rows: parseBuiltin(), links: .builtin)

    func rows(vendor: String, field: String, exact isExact: Bool) -> [FieldRow] {
        let found = isExact ? exact["\(vendor)|\(field)"] : folded["\(vendor)|\(field.lowercased())"]
        return (found ?? []).map { rows[$0] }
    }

    /// The row that fits the scope best: an event id the row names (6), a category (4), a
    /// service channel (2), the `*` fallback (1), plus 1 when a vendor scope is named. Rows
    /// tied at the top with different meanings give nil (keep the vendor name). With nothing
    /// known about the scope, a field whose rows all agree maps anyway (decision 0402).
    func choose(_ candidates: [FieldRow], facts: ScopeFacts) -> FieldRow? {
        if facts.isUnknown {
            let first = candidates[0]
            return candidates.allSatisfy { $0.canonical == first.canonical && $0.transform == first.transform } ? first : nil
        }
        var best: [FieldRow] = []
        var bestScore = 0
        for row in candidates {
            let s = facts.score(row)
            if s > bestScore { best = [row]; bestScore = s } else if s == bestScore, s > 0 { best.append(row) }
        }
        guard let top = best.first else { return nil }
        return best.allSatisfy({ $0.canonical == top.canonical && $0.transform == top.transform }) ? top : nil
    }

    /// The scope in the table's terms; build it once per rule.
    func facts(_ scope: FieldScope) -> ScopeFacts { ScopeFacts(scope, eventCategories: eventCategories) }

    static func parseBuiltin() -> [FieldRow] {
        TSV.rows(FieldData.rows).map { row in
            func list(_ i: Int) -> [String] { TSV.list(TSV.cell(row, i)) }
            return FieldRow(
                canonical: String(TSV.cell(row, 0)), vendor: String(TSV.cell(row, 1)), vendorField: String(TSV.cell(row, 2)),
                transform: FieldTransform(String(TSV.cell(row, 3))), categories: list(4), services: list(5),
                eventIds: Set(list(6).compactMap { Int($0) }), anywhere: TSV.cell(row, 7) == "*", vendorScopes: list(8)
            )
        }
    }
}
