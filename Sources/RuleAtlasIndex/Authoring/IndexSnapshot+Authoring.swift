import RuleAtlasModel

extension IndexSnapshot {
    /// How many suggestions of each kind at most.
    static let suggestionsPerKind = 5

    /// `authoring.suggest`: what rules for `technique` (or the draft's first technique that
    /// has rules) look at and the draft does not, the draft's noisy indicators, and the
    /// rules most like the draft. Each list is ranked by rules, then by name.
    public func authoringSuggest(technique: TechniqueID?, draft: Rule?, filter: IndexFilter = IndexFilter())
        throws(IndexQueryError) -> (technique: TechniqueID?, suggestions: [AuthoringSuggestion])
    {
        let mask = filter.mask
        let chosen = technique ?? draft?.techniques.first { techniques[$0].map { $0.ruleCount(mask) > 0 } ?? false }
            ?? draft?.techniques.first
        var out: [AuthoringSuggestion] = []
        if let chosen {
            do {
                out += Self.techniqueSuggestions(try techniqueGet(chosen.rawValue, filter: filter, limit: 50), draft: draft)
            } catch {
                // A technique the author asked for must exist; one only carried by the draft need not.
                if technique != nil { throw error }
            }
        }
        if let draft {
            out += noisyIndicators(of: draft, mask: mask)
            out += similarRules(to: draft, under: chosen, filter: filter)
        }
        return (chosen, out)
    }

    private static func techniqueSuggestions(_ page: TechniquePage, draft: Rule?) -> [AuthoringSuggestion] {
        let id = page.technique.id.rawValue
        let total = page.ruleCount
        let positive = Set(draft?.predicates.filter { $0.polarity == .positive }.map(IndicatorKey.init) ?? [])
        let excluded = Set(draft?.predicates.filter { $0.polarity == .exclusion }.map(IndicatorKey.init) ?? [])
        let fields = Set(draft?.predicates.map { $0.field.lowercased() } ?? [])
        let events = Set(draft?.events.map { "\($0.provider.lowercased())/\($0.eventId)" } ?? [])
        var out: [AuthoringSuggestion] = []
        for e in page.events.filter({ !events.contains("\($0.provider.lowercased())/\($0.eventId)") }).prefix(suggestionsPerKind) {
            out.append(AuthoringSuggestion(
                kind: .event, message: "\(e.rules) of \(total) rules for \(id) read \(e.provider) \(e.eventId) (\(e.title))",
                provider: e.provider, eventId: e.eventId, rules: e.rules))
        }
        for f in page.fields.filter({ !fields.contains($0.field.lowercased()) }).prefix(suggestionsPerKind) {
            let how = f.ops.map { "\($0.op) \($0.rules)" }.joined(separator: ", ")
            out.append(AuthoringSuggestion(
                kind: .field, message: "\(f.rules) of \(total) rules for \(id) filter on \(f.field) (\(how))",
                field: f.field, rules: f.rules))
        }
        let indicators = page.indicators.filter {
            !positive.contains(IndicatorKey(field: $0.field, op: $0.op, valueKey: $0.valueKey))
        }
        for i in indicators.prefix(suggestionsPerKind) {
            let reach = i.corpusReach == i.rulesHere ? "only under \(id)" : "\(i.corpusReach) in the whole corpus"
            out.append(AuthoringSuggestion(
                kind: .indicator, message: "\(i.field) \(i.op.rawValue) \(i.value): \(i.rulesHere == 1 ? "1 rule" : "\(i.rulesHere) rules") here, \(reach)",
                field: i.field, op: i.op, value: i.value, rules: i.rulesHere))
        }
        let exclusions = page.exclusions.filter {
            !excluded.contains(IndicatorKey(field: $0.field, op: $0.op, valueKey: $0.valueKey))
        }
        for x in exclusions.prefix(suggestionsPerKind) {
            out.append(AuthoringSuggestion(
                kind: .exclusion,
                message: "\(x.rules == 1 ? "1 rule" : "\(x.rules) rules") for \(id) \(x.rules == 1 ? "excludes" : "exclude") \(x.field) \(x.op.rawValue) \(x.value): a known false positive",
                field: x.field, op: x.op, value: x.value, rules: x.rules))
        }
        return out
    }

    /// A positive draft predicate is noisy when at least 2% of the selected corpus (and at
    /// least 10 rules) use it: on its own it fires on what all those rules watch for.
    private func noisyIndicators(of draft: Rule, mask: SliceMask) -> [AuthoringSuggestion] {
        let counted = corpus.ruleCount(mask)
        let threshold = max(10, counted / 50)
        var seen = Set<IndicatorKey>()
        var rows: [(Predicate, Int)] = []
        for p in draft.predicates where p.polarity == .positive {
            let key = IndicatorKey(p)
            guard seen.insert(key).inserted else { continue }
            var reach = 0
            for i in 0..<Slice.count where mask.contains(i) { reach += corpus.slices[i].indicators[key]?.rules ?? 0 }
            if reach >= threshold { rows.append((p, reach)) }
        }
        rows.sort { a, b in a.1 != b.1 ? a.1 > b.1 : IndicatorKey(a.0) < IndicatorKey(b.0) }
        return rows.prefix(Self.suggestionsPerKind).map { p, reach in
            AuthoringSuggestion(
                kind: .noisyIndicator,
                message: "\(p.field) \(p.op.rawValue) \(p.value) is used by \(reach) of \(counted) rules: on its own it is noisy; combine it with a more specific condition",
                field: p.field, op: p.op, value: p.value, rules: reach)
        }
    }

    /// Rules ranked by Jaccard similarity of positive predicate keys with the draft; under
    /// the technique when there is one, else across the corpus.
    private func similarRules(to draft: Rule, under technique: TechniqueID?, filter: IndexFilter) -> [AuthoringSuggestion] {
        let mine = Set(draft.predicates.filter { $0.polarity == .positive }.map(IndicatorKey.init))
        guard !mine.isEmpty else { return [] }
        var scored: [(IndexedRule, Double)] = []
        for r in rules where filter.admits(r) && (technique.map { r.rollup.contains($0) } ?? true) {
            // Most rules share nothing with the draft: find that out without building a set.
            let positive = r.rule.predicates.lazy.filter { $0.polarity == .positive }.map(IndicatorKey.init)
            guard positive.contains(where: mine.contains) else { continue }
            let theirs = Set(positive)
            scored.append((r, Double(mine.intersection(theirs).count) / Double(mine.union(theirs).count)))
        }
        scored.sort { a, b in a.1 != b.1 ? a.1 > b.1 : Self.titleOrder(a.0, b.0) }
        return scored.prefix(Self.suggestionsPerKind).map { r, s in
            let percent = Int((s * 100).rounded())
            return AuthoringSuggestion(
                kind: .similarRule,
                message: "\(r.rule.vendor.displayName) rule '\(r.rule.title)' shares \(percent)% of the draft's positive predicates",
                ruleId: r.rule.id, similarity: (s * 1000).rounded() / 1000)
        }
    }
}
