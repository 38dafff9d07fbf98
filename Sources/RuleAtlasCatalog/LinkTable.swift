import RuleAtlasModel

/// The selector -> event rows indexed by `vendor|kind|key`.
final class LinkTable: Sendable {
    let rows: [LinkRow]
    private let index: [String: [Int]]
    private let byKind: [String: [Int]]

    init(rows: [LinkRow]) {
        self.rows = rows
        var index: [String: [Int]] = [:]
        var byKind: [String: [Int]] = [:]
        for (i, r) in rows.enumerated() {
            index[Self.key(r.vendor, r.kind, r.key), default: []].append(i)
            byKind["\(r.vendor)|\(r.kind)", default: []].append(i)
        }
        self.index = index
        self.byKind = byKind
    }

    static let builtin = LinkTable(rows: parseBuiltin())

    static func key(_ vendor: String, _ kind: String, _ key: String) -> String { "\(vendor)|\(kind)|\(key)" }

    /// Rows for an exact (lower-cased) key.
    func rows(_ vendor: String, _ kind: String, _ key: String) -> [LinkRow] {
        (index[Self.key(vendor, kind, key.lowercased())] ?? []).map { rows[$0] }
    }

    /// Every row of a vendor and kind.
    func rows(_ vendor: String, _ kind: String) -> [LinkRow] {
        (byKind["\(vendor)|\(kind)"] ?? []).map { rows[$0] }
    }

    static func parseBuiltin() -> [LinkRow] {
        TSV.rows(LinkData.links).compactMap { row in
            guard let link = LinkRow.Link(rawValue: String(TSV.cell(row, 6))) else { return nil }
            let conditions = TSV.cell(row, 3).split(separator: ",").compactMap { cond -> (String, [String])? in
                guard let eq = cond.firstIndex(of: "=") else { return nil }
                let values = cond[cond.index(after: eq)...].split(separator: "|").map { $0.lowercased() }
                return (cond[..<eq].lowercased(), values)
            }
            let spec = TSV.cell(row, 5)
            let events: LinkRow.Events
            switch spec {
            case "*", "-", "": events = .any
            case "N", "<N>": events = .fromRule
            default: events = .ids(spec.split(separator: "|").compactMap { Int($0) })
            }
            return LinkRow(
                vendor: String(TSV.cell(row, 0)), kind: String(TSV.cell(row, 1)), key: TSV.cell(row, 2).lowercased(),
                conditions: conditions, provider: String(TSV.cell(row, 4)), events: events, link: link
            )
        }
    }
}
