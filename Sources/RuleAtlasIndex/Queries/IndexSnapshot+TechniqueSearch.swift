import RuleAtlasModel

/// A `technique.search` / `coverage.matrix` row.
public struct TechniqueHit: Sendable, Equatable {
    public var id: TechniqueID
    public var name: String
    public var tactics: [String]
    /// Rules per vendor (with roll-up) under the filter; vendors with none are absent.
    public var rules: [Vendor: Int]
    public var ruleCount: Int
}

extension IndexSnapshot {
    /// Every id the catalog knows or a rule carries, sorted.
    var allTechniqueIDs: [TechniqueID] {
        var ids = Set(techniques.keys)
        ids.formUnion(attack.techniques.keys)
        return ids.sorted()
    }

    func hit(_ id: TechniqueID, _ mask: SliceMask) -> TechniqueHit {
        let info = attack.technique(id)
        var byVendor: [Vendor: Int] = [:]
        var total = 0
        if let entry = techniques[id] {
            for i in 0..<Slice.count where mask.contains(i) && entry.ruleCount(slice: i) > 0 {
                byVendor[Slice.vendorOf(i), default: 0] += entry.ruleCount(slice: i)
                total += entry.ruleCount(slice: i)
            }
        }
        let name = info?.name ?? (info == nil ? techniqueInfo(id).name : "")
        return TechniqueHit(id: id, name: name, tactics: info?.tactics ?? techniqueInfo(id).tactics, rules: byVendor, ruleCount: total)
    }

    /// `technique.search`: ids starting with the query (`t1543`, `T1543.0`), or names
    /// containing every word of it; sorted by id. Counts use the default filter.
    public func techniqueSearch(_ query: String, paging: PageWindow) throws(IndexQueryError) -> Page<TechniqueHit> {
        let q = String(query.trimmingSpaces).lowercased()
        guard !q.isEmpty else { throw .badArgument("empty query", hint: "give an id prefix (T1543) or words of a name") }
        let words = q.split(separator: " ").map(String.init)
        let idLike = q.first == "t" && q.dropFirst().first.map { $0.isNumber } == true
        var matches: [TechniqueID] = []
        for id in allTechniqueIDs {
            if idLike {
                if id.rawValue.lowercased().hasPrefix(q) { matches.append(id) }
            } else {
                let name = (attack.technique(id)?.name ?? techniqueInfo(id).name).lowercased()
                if words.allSatisfy({ name.contains($0) }) { matches.append(id) }
            }
        }
        return Page(total: matches.count, items: paging.page(matches).map { hit($0, .standard) })
    }

    /// `coverage.matrix`: every technique with a rule under the filter (with roll-up),
    /// plus every catalog technique that is neither revoked nor deprecated when `all`.
    public func coverageMatrix(filter: IndexFilter = IndexFilter(), all: Bool = false, paging: PageWindow) -> Page<TechniqueHit> {
        let mask = filter.mask
        var ids: [TechniqueID] = []
        for id in allTechniqueIDs {
            if let agg = techniques[id], agg.ruleCount(mask) > 0 {
                ids.append(id)
            } else if all, let t = attack.technique(id), !t.revoked, !t.deprecated {
                ids.append(id)
            }
        }
        return Page(total: ids.count, items: paging.page(ids).map { hit($0, mask) })
    }
}

extension Slice {
    static func vendorOf(_ index: Int) -> Vendor { Vendor.allCases[index / 2] }
}
