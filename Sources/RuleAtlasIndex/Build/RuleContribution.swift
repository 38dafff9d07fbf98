import RuleAtlasModel

/// What one rule adds to every row it touches, each row at most once (PREDICATES.md).
///
/// Values are keyed by `Predicate.valueKey`; the spelling kept is the rule's first one.
struct RuleContribution: Sendable {
    struct FieldUse: Sendable {
        var ops: Set<Op> = []
        var values: [String: String] = [:]
    }

    var fields: [String: FieldUse] = [:]
    var positives: [IndicatorKey: String] = [:]
    var exclusions: [IndicatorKey: String] = [:]
    var events: [EventKey: EventLinkKind] = [:]

    init(_ rule: Rule) {
        for p in rule.predicates {
            let vk = p.valueKey
            var use = fields[p.field] ?? FieldUse()
            use.ops.insert(p.op)
            if use.values[vk] == nil { use.values[vk] = p.value }
            fields[p.field] = use
            let key = IndicatorKey(field: p.field, op: p.op, valueKey: vk)
            switch p.polarity {
            case .positive: if positives[key] == nil { positives[key] = p.value }
            case .exclusion: if exclusions[key] == nil { exclusions[key] = p.value }
            case .negated: break
            }
        }
        for e in rule.events {
            let key = EventKey(provider: e.provider, eventId: e.eventId)
            if let cur = events[key], cur <= e.link { continue }
            events[key] = e.link
        }
    }
}
