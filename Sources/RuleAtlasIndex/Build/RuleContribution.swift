import RuleAtlasModel

/// What one rule adds to every row it touches, each row at most once (PREDICATES.md).
///
/// Values are keyed by `Predicate.valueKey`; the spelling kept is the rule's first one.
struct RuleContribution: Sendable {
    struct FieldUse: Sendable {
        var field: String
        var ops: [Op] = []
        /// (valueKey, first spelling), each key once.
        var values: [(key: ValueKey, spelling: String)] = []
    }

    var fields: [FieldUse] = []
    var positives: [(key: IndicatorKey, spelling: String)] = []
    var exclusions: [(key: IndicatorKey, spelling: String)] = []
    var events: [(key: EventKey, link: EventLinkKind)] = []

    init(_ rule: Rule) {
        var fieldIndex: [String: Int] = [:]
        var seenValues = Set<FieldValue>()
        var seenPositive = Set<IndicatorKey>()
        var seenExclusion = Set<IndicatorKey>()
        for p in rule.predicates {
            let vk = p.valueKey
            let fi: Int
            if let i = fieldIndex[p.field] {
                fi = i
            } else {
                fi = fields.count
                fieldIndex[p.field] = fi
                fields.append(FieldUse(field: p.field))
            }
            if !fields[fi].ops.contains(p.op) { fields[fi].ops.append(p.op) }
            if seenValues.insert(FieldValue(field: p.field, valueKey: vk)).inserted { fields[fi].values.append((ValueKey(vk), p.value)) }
            let key = IndicatorKey(field: p.field, op: p.op, valueKey: vk)
            switch p.polarity {
            case .positive: if seenPositive.insert(key).inserted { positives.append((key, p.value)) }
            case .exclusion: if seenExclusion.insert(key).inserted { exclusions.append((key, p.value)) }
            case .negated: break
            }
        }
        var best: [EventKey: EventLinkKind] = [:]
        for e in rule.events {
            let key = EventKey(provider: e.provider, eventId: e.eventId)
            if let cur = best[key], cur <= e.link { continue }
            best[key] = e.link
        }
        events = best.map { ($0.key, $0.value) }
    }

    private struct FieldValue: Hashable {
        var field: String
        var valueKey: String
    }
}
