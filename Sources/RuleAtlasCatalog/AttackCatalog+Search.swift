import RuleAtlasModel

extension AttackCatalog {
    /// Techniques for `technique.search`: by id prefix (`t1543`, `T1059.0`) or by name words
    /// (every word of the query, case-insensitive, inside the name).
    ///
    /// Id matches come first in id order; name matches rank an exact name first, then names
    /// starting with the query, then by id. Revoked and deprecated techniques are left out
    /// unless `includeRevoked` is set.
    public func search(_ query: String, limit: Int = .max, includeRevoked: Bool = false) -> [Technique] {
        let q = query.trimmingWhitespaceSubstring().lowercased()
        guard !q.isEmpty, limit > 0 else { return [] }
        let pool = techniques.values.filter { includeRevoked || (!$0.revoked && !$0.deprecated) }
        if Self.looksLikeIdPrefix(q) {
            let upper = q.uppercased()
            return Array(pool.filter { $0.id.rawValue.hasPrefix(upper) }.sorted { $0.id < $1.id }.prefix(limit))
        }
        let words = q.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var scored: [(rank: Int, technique: Technique)] = []
        for t in pool {
            let name = t.name.lowercased()
            guard words.allSatisfy({ name.contains($0) }) else { continue }
            let rank = name == q ? 0 : (name.hasPrefix(q) ? 1 : 2)
            scored.append((rank, t))
        }
        scored.sort { ($0.rank, $0.technique.id) < ($1.rank, $1.technique.id) }
        return scored.prefix(limit).map(\.technique)
    }

    /// `t`, `t1`, ..., `t1059.00`: a `T` followed by digits and at most one dot.
    static func looksLikeIdPrefix(_ q: String) -> Bool {
        let bytes = Array(q.utf8)
        guard bytes.first == UInt8(ascii: "t"), bytes.count <= 9 else { return false }
        for (i, b) in bytes.enumerated().dropFirst() {
            if b >= 48 && b <= 57 { continue }
            if b == UInt8(ascii: "."), i == 5 { continue }
            return false
        }
        return true
    }
}
