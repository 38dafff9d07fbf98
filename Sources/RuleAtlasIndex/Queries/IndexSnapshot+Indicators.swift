import RuleAtlasModel

/// How `indicators.rank` orders rows (always descending).
public enum IndicatorSort: String, Sendable, CaseIterable {
    case rules, reach, specificity
}

/// The result of `indicators.lookup`.
public struct IndicatorLookup: Sendable, Equatable {
    public var corpusReach: Int
    public var techniques: [TechniqueCount]
    public var rules: Page<RuleListing>
}

extension IndexSnapshot {
    /// `indicators.rank`: positive rows (or exclusion rows) under a technique or, without
    /// one, across the corpus (`rulesHere` is then the corpus count). Exclusion rows carry
    /// as `corpusReach` the rules of the corpus excluding the same row (decision 0504).
    public func indicatorsRank(
        technique: String? = nil, field: String? = nil, op: Op? = nil, polarity: Polarity = .positive,
        sort: IndicatorSort = .rules, filter: IndexFilter = IndexFilter(), paging: PageWindow
    ) throws(IndexQueryError) -> Page<IndicatorRow> {
        let mask = filter.mask
        var tid: TechniqueID? = nil
        if let technique { tid = try Self.techniqueID(technique) }
        let v = view(tid, mask)
        var rows: [IndicatorRow]
        switch polarity {
        case .positive:
            rows = v.indicators
        case .exclusion:
            let corpusEx = corpusAggregate(mask).exclusions
            rows = v.exclusions.map { e in
                let reach = corpusEx[IndicatorKey(field: e.field, op: e.op, valueKey: e.valueKey)]?.rules ?? e.rules
                return IndicatorRow(field: e.field, op: e.op, value: e.value, valueKey: e.valueKey, rulesHere: e.rules, corpusReach: reach)
            }
        case .negated:
            throw .badArgument("polarity negated is not ranked", hint: "polarity is positive or exclusion")
        }
        if let field {
            let f = field.lowercased()
            rows = rows.filter { $0.field.lowercased() == f }
        }
        if let op { rows = rows.filter { $0.op == op } }
        switch sort {
        case .rules: break
        case .reach:
            rows.sort { a, b in
                if a.corpusReach != b.corpusReach { return a.corpusReach > b.corpusReach }
                if a.rulesHere != b.rulesHere { return a.rulesHere > b.rulesHere }
                return TechniqueView.keyOrder(a, b)
            }
        case .specificity:
            rows.sort { a, b in
                let l = a.rulesHere * b.corpusReach, r = b.rulesHere * a.corpusReach
                if l != r { return l > r }
                if a.rulesHere != b.rulesHere { return a.rulesHere > b.rulesHere }
                return TechniqueView.keyOrder(a, b)
            }
        }
        return Page(total: rows.count, items: paging.page(rows))
    }

    /// `indicators.lookup`: the rules with a positive `(field, op?, value)` predicate, and
    /// the techniques they roll up to. Without `op`, any op on that value counts.
    public func indicatorsLookup(field: String, value: String, op: Op? = nil, filter: IndexFilter = IndexFilter(), paging: PageWindow) -> IndicatorLookup {
        let f = field.lowercased()
        let lowered = value.lowercased()
        var hits: [IndexedRule] = []
        for r in rules where filter.admits(r) {
            let found = r.rule.predicates.contains { p in
                p.polarity == .positive && p.field.lowercased() == f && (op == nil || p.op == op)
                    && p.valueKey == (p.op.foldsCase ? lowered : value)
            }
            if found { hits.append(r) }
        }
        var perTechnique: [TechniqueID: Int] = [:]
        for r in hits { for t in r.rollup { perTechnique[t, default: 0] += 1 } }
        let techniques = perTechnique.map { TechniqueCount(id: $0.key, rules: $0.value) }
            .sorted { a, b in a.rules != b.rules ? a.rules > b.rules : a.id < b.id }
        let summaries = hits.sorted(by: Self.titleOrder).map(RuleListing.init)
        return IndicatorLookup(corpusReach: hits.count, techniques: techniques, rules: Page(total: summaries.count, items: paging.page(summaries)))
    }

    static func titleOrder(_ a: IndexedRule, _ b: IndexedRule) -> Bool {
        if a.rule.title != b.rule.title { return a.rule.title < b.rule.title }
        return a.key < b.key
    }
}
