import RuleAtlasCatalog
import RuleAtlasModel

/// The sorted rows of one technique (or the corpus) under one slice mask, computed once
/// per snapshot and cached, so that a repeated `technique.get` only slices arrays.
final class TechniqueView: Sendable {
    let aggregate: Aggregate
    let rulesByVendor: [(Vendor, [RuleListing])]
    let fields: [FieldRow]
    let indicators: [IndicatorRow]
    let exclusions: [ExclusionRow]
    let events: [EventRow]

    init(_ agg: Aggregate, reach: Aggregate, events catalog: EventCatalogLookup) {
        aggregate = agg
        var byVendor: [Vendor: [IndexedRule]] = [:]
        for r in agg.rules.values { byVendor[r.rule.vendor, default: []].append(r) }
        rulesByVendor = byVendor.keys.sorted().map { v in
            let sorted = (byVendor[v] ?? []).sorted { a, b in
                a.rule.title != b.rule.title ? a.rule.title < b.rule.title : a.rule.id < b.rule.id
            }
            return (v, sorted.map(RuleListing.init))
        }
        fields = Self.fieldRows(agg.fields)
        indicators = agg.indicators.map { k, t in
            IndicatorRow(field: k.field, op: k.op, value: t.shown, valueKey: k.valueKey, rulesHere: t.rules, corpusReach: reach.indicators[k]?.rules ?? t.rules)
        }.sorted(by: Self.indicatorOrder)
        exclusions = agg.exclusions.map { k, t in
            (k, ExclusionRow(field: k.field, op: k.op, value: t.shown, valueKey: k.valueKey, rules: t.rules))
        }.sorted { a, b in a.1.rules != b.1.rules ? a.1.rules > b.1.rules : a.0 < b.0 }.map(\.1)
        events = agg.events.map { k, t in
            let link = [EventLinkKind.exact, .candidate, .equivalent].first { (t.links[$0.rawValue] ?? 0) > 0 } ?? .candidate
            return EventRow(provider: k.provider, eventId: k.eventId, title: catalog.title(k), link: link, rules: t.rules)
        }.sorted { a, b in
            if a.rules != b.rules { return a.rules > b.rules }
            if a.provider != b.provider { return a.provider < b.provider }
            return a.eventId < b.eventId
        }
    }

    static func indicatorOrder(_ a: IndicatorRow, _ b: IndicatorRow) -> Bool {
        if a.rulesHere != b.rulesHere { return a.rulesHere > b.rulesHere }
        if a.corpusReach != b.corpusReach { return a.corpusReach > b.corpusReach }
        return keyOrder(a, b)
    }

    static func keyOrder(_ a: IndicatorRow, _ b: IndicatorRow) -> Bool {
        IndicatorKey(field: a.field, op: a.op, valueKey: a.valueKey) < IndicatorKey(field: b.field, op: b.op, valueKey: b.valueKey)
    }

    private static func fieldRows(_ fields: [String: FieldTally]) -> [FieldRow] {
        fields.map { name, f in
            let ops = f.ops.map { (op: $0.key, rules: $0.value) }.sorted { a, b in a.rules != b.rules ? a.rules > b.rules : a.op < b.op }
            let samples = f.values.sorted { a, b in a.value.rules != b.value.rules ? a.value.rules > b.value.rules : a.key.text < b.key.text }
                .prefix(5).map { $0.value.shown }
            return FieldRow(field: name, rules: f.rules, ops: ops, samples: samples)
        }.sorted { a, b in a.rules != b.rules ? a.rules > b.rules : a.field < b.field }
    }
}

/// Titles of catalog events, by key.
struct EventCatalogLookup {
    let catalog: EventCatalog

    func title(_ k: EventKey) -> String { catalog.event(provider: k.provider, eventId: k.eventId)?.title ?? "" }
}
