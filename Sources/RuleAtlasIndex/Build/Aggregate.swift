import RuleAtlasModel

/// Additive counts over a set of rules: one technique (or the whole corpus) in one slice.
///
/// Two aggregates of disjoint rule sets add; an aggregate of a subset can be taken back
/// out (`sign: -1`). Shards build partial aggregates; the snapshot holds their sums.
public struct Aggregate: Sendable, Equatable {
    /// Counted rules by object identity (an update removes the very object it added).
    public var rules: [ObjectIdentifier: IndexedRule] = [:]
    public var fields: [String: FieldTally] = [:]
    public var indicators: [IndicatorKey: Tally] = [:]
    public var exclusions: [IndicatorKey: Tally] = [:]
    public var events: [EventKey: EventTally] = [:]

    public init() {}

    public var isEmpty: Bool { rules.isEmpty }

    /// Adds (`sign: 1`) or removes (`sign: -1`) one rule's contribution to every row.
    mutating func apply(_ rule: IndexedRule, sign: Int) {
        if sign > 0 {
            guard rules.updateValue(rule, forKey: ObjectIdentifier(rule)) == nil else { return }
        } else {
            guard rules.removeValue(forKey: ObjectIdentifier(rule)) != nil else { return }
        }
        let c = rule.contribution
        for use in c.fields {
            fields[use.field, default: FieldTally()].apply(use, sign: sign)
            if sign < 0, fields[use.field]?.rules == 0 { fields[use.field] = nil }
        }
        for (k, s) in c.positives { indicators.apply(k, spelling: s, sign: sign) }
        for (k, s) in c.exclusions { exclusions.apply(k, spelling: s, sign: sign) }
        for (k, link) in c.events {
            events[k, default: EventTally()].apply(link, sign: sign)
            if sign < 0, events[k]?.rules == 0 { events[k] = nil }
        }
    }

    /// Upper bounds on the rows a set of rules fills.
    struct Bounds {
        var rules = 0
        var fields = 0
        var indicators = 0
        var exclusions = 0
        var events = 0

        mutating func count(_ c: RuleContribution) {
            rules += 1
            fields += c.fields.count
            indicators += c.positives.count
            exclusions += c.exclusions.count
            events += c.events.count
        }
    }

    /// Makes room for `bounds` rows (field and event names repeat a lot across rules, so
    /// those two are sized for a fraction of their bound).
    mutating func reserve(_ bounds: Bounds) {
        rules.reserveCapacity(bounds.rules)
        fields.reserveCapacity(min(bounds.fields, 64 + bounds.fields / 4))
        indicators.reserveCapacity(bounds.indicators)
        exclusions.reserveCapacity(bounds.exclusions)
        events.reserveCapacity(min(bounds.events, 64 + bounds.events / 4))
    }

    /// Adds (`sign: 1`) or removes (`sign: -1`) another aggregate's rules and counts.
    mutating func add(_ other: Aggregate, sign: Int) {
        if sign > 0 {
            rules.merge(other.rules) { a, _ in a }
        } else {
            for k in other.rules.keys { rules[k] = nil }
        }
        for (name, t) in other.fields {
            fields[name, default: FieldTally()].add(t, sign: sign)
            if fields[name]?.rules == 0 { fields[name] = nil }
        }
        indicators.add(other.indicators, sign: sign)
        exclusions.add(other.exclusions, sign: sign)
        for (k, t) in other.events {
            events[k, default: EventTally()].add(t, sign: sign)
            if events[k]?.rules == 0 { events[k] = nil }
        }
    }

    public static func == (a: Aggregate, b: Aggregate) -> Bool {
        Set(a.rules.values.map(\.key)) == Set(b.rules.values.map(\.key)) && a.fields == b.fields && a.indicators == b.indicators
            && a.exclusions == b.exclusions && a.events == b.events
    }
}
