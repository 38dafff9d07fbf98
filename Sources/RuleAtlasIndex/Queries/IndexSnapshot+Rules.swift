import RuleAtlasModel

extension IndexSnapshot {
    /// `rule.get`: a rule by id (case-insensitive; ids are unique per vendor, and when two
    /// vendors share one the first vendor in wire order answers). Deprecated rules too.
    public func ruleGet(_ id: String) throws(IndexQueryError) -> Rule {
        guard let r = rulesByLowerID[String(id.trimmingSpaces).lowercased()]?.min(by: { $0.key < $1.key }) else {
            throw .notFound("no rule with id \(id)")
        }
        return r.rule
    }

    /// `rules.search`: rules whose title, description or id contains `text` (case-insensitive),
    /// under `technique` (with roll-up), with a predicate on `field`; sorted by title.
    public func rulesSearch(
        text: String? = nil, technique: String? = nil, field: String? = nil,
        filter: IndexFilter = IndexFilter(), paging: PageWindow
    ) throws(IndexQueryError) -> Page<RuleListing> {
        var tid: TechniqueID? = nil
        if let technique { tid = try Self.techniqueID(technique) }
        let needle = text.map { String($0.trimmingSpaces).lowercased() } ?? ""
        let f = field?.lowercased()
        var hits: [IndexedRule] = []
        for r in rules where filter.admits(r) {
            if let tid, !r.rollup.contains(tid) { continue }
            if !needle.isEmpty, !r.searchText.contains(needle) { continue }
            if let f, !r.rule.predicates.contains(where: { $0.field.lowercased() == f }) { continue }
            hits.append(r)
        }
        hits.sort(by: Self.titleOrder)
        return Page(total: hits.count, items: paging.page(hits).map(RuleListing.init))
    }
}
