import RuleAtlasModel

extension IndexSnapshot {
    /// Parses a technique id as API.md accepts it (case-insensitive); 1002 otherwise.
    public static func techniqueID(_ text: String) throws(IndexQueryError) -> TechniqueID {
        guard let id = TechniqueID(text.trimmingSpaces) else {
            throw .badArgument("not a technique id: \(text)", hint: "technique ids look like T1543 or T1543.003")
        }
        return id
    }

    /// `technique.get`: the technique page. `limit` applies to fields, indicators and
    /// exclusions; every rule and every event is listed.
    public func techniqueGet(_ text: String, filter: IndexFilter = IndexFilter(), limit: Int? = nil) throws(IndexQueryError) -> TechniquePage {
        let id = try Self.techniqueID(text)
        let paging = try PageWindow(limit: limit)
        guard attack.technique(id) != nil || techniques[id] != nil else {
            throw .notFound("no technique \(id.rawValue): unknown to the ATT&CK catalog and carried by no rule")
        }
        let v = view(id, filter.mask)
        return TechniquePage(
            technique: techniqueInfo(id), ruleCount: v.aggregate.rules.count,
            rulesByVendor: v.rulesByVendor.map { (vendor: $0.0, rules: $0.1) }, events: v.events,
            fields: paging.page(v.fields), indicators: paging.page(v.indicators), exclusions: paging.page(v.exclusions),
            distinctFields: v.fields.count, distinctIndicators: v.indicators.count, distinctExclusions: v.exclusions.count
        )
    }
}

extension String {
    var trimmingSpaces: Substring {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" { s = s.dropLast() }
        return s
    }
}
