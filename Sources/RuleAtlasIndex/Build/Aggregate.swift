import RuleAtlasModel

/// Additive counts over a set of rules: one technique (or the whole corpus) in one slice.
///
/// Two aggregates of disjoint rule sets add; an aggregate of a subset can be taken back
/// out (`sign: -1`). Shards build partial aggregates; the snapshot holds their sums.
public struct Aggregate: Sendable, Equatable {
    public var rules: [RuleKey: IndexedRule] = [:]
    public var fields: [String: FieldTally] = [:]
    public var indicators: [IndicatorKey: Tally] = [:]
    public var exclusions: [IndicatorKey: Tally] = [:]
    public var events: [EventKey: EventTally] = [:]

    public init() {}

    public var isEmpty: Bool { rules.isEmpty }

    mutating func add(_ rule: IndexedRule) {
        guard rules.updateValue(rule, forKey: rule.key) == nil else { return }
        let c = rule.contribution
        for (name, use) in c.fields {
            var f = fields[name] ?? FieldTally()
            f.rules += 1
            for op in use.ops { f.ops[op.rawValue, default: 0] += 1 }
            for (vk, spelling) in use.values { f.values[vk, default: Tally()].add(spelling: spelling) }
            fields[name] = f
        }
        for (k, s) in c.positives { indicators[k, default: Tally()].add(spelling: s) }
        for (k, s) in c.exclusions { exclusions[k, default: Tally()].add(spelling: s) }
        for (k, link) in c.events {
            var e = events[k] ?? EventTally()
            e.rules += 1
            e.links[link.rawValue, default: 0] += 1
            events[k] = e
        }
    }

    /// Adds (`sign: 1`) or removes (`sign: -1`) another aggregate's rules and counts.
    mutating func add(_ other: Aggregate, sign: Int) {
        if sign > 0 {
            rules.merge(other.rules) { a, _ in a }
        } else {
            for k in other.rules.keys { rules[k] = nil }
        }
        for (name, t) in other.fields {
            var f = fields[name] ?? FieldTally()
            f.add(t, sign: sign)
            fields[name] = f.rules == 0 ? nil : f
        }
        indicators.add(other.indicators, sign: sign)
        exclusions.add(other.exclusions, sign: sign)
        for (k, t) in other.events {
            var e = events[k] ?? EventTally()
            e.add(t, sign: sign)
            events[k] = e.rules == 0 ? nil : e
        }
    }

    public static func == (a: Aggregate, b: Aggregate) -> Bool {
        Set(a.rules.keys) == Set(b.rules.keys) && a.fields == b.fields && a.indicators == b.indicators
            && a.exclusions == b.exclusions && a.events == b.events
    }
}
