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
        // Each field name and each value is hashed once; the sets and keys below reuse it.
        var fieldIndex: [String: Int] = [:]
        var fieldHashes: [Int] = []
        var seenValues: [Set<ValueKey>] = []
        var seenPositive = Set<IndicatorKey>()
        var seenExclusion = Set<IndicatorKey>()
        for p in rule.predicates {
            let vk = ValueKey(p.valueKey)
            let fi: Int
            if let i = Self.index(of: p.field, in: fields, fieldIndex) {
                fi = i
            } else {
                fi = fields.count
                if fi >= Self.linearFields { fieldIndex[p.field] = fi }
                if fi == Self.linearFields { for (j, f) in fields.enumerated() { fieldIndex[f.field] = j } }
                fields.append(FieldUse(field: p.field))
                fieldHashes.append(p.field.hashValue)
                seenValues.append([])
            }
            if !fields[fi].ops.contains(p.op) { fields[fi].ops.append(p.op) }
            if seenValues[fi].insert(vk).inserted { fields[fi].values.append((vk, p.value)) }
            let key = IndicatorKey(field: p.field, fieldHash: fieldHashes[fi], op: p.op, valueKey: vk)
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

    /// Up to this many fields a rule's field is found by comparing names, past it by hashing.
    private static let linearFields = 8

    private static func index(of field: String, in fields: [FieldUse], _ byName: [String: Int]) -> Int? {
        if fields.count <= linearFields { return fields.firstIndex { $0.field == field } }
        return byName[field]
    }
}
