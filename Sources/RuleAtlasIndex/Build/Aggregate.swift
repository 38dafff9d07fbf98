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

    /// The two halves of an aggregate's tables, which a fresh corpus fills on two cores.
    struct Parts: OptionSet {
        let rawValue: Int
        /// `fields` (with their ops and values).
        static let fields = Parts(rawValue: 1)
        /// `rules`, `indicators`, `exclusions` and `events`.
        static let rows = Parts(rawValue: 2)
        static let all: Parts = [.fields, .rows]
    }

    /// Adds (`sign: 1`) or removes (`sign: -1`) one rule's contribution to every row.
    mutating func apply(_ rule: IndexedRule, sign: Int) {
        if sign > 0 {
            guard rules.updateValue(rule, forKey: ObjectIdentifier(rule)) == nil else { return }
        } else {
            guard rules.removeValue(forKey: ObjectIdentifier(rule)) != nil else { return }
        }
        applyFields(rule.contribution, sign: sign)
        applyRows(rule.contribution, sign: sign)
    }

    /// Adds one rule to `parts` only, without checking whether it was counted before: for
    /// a fresh aggregate of distinct rules, made in parts that `join` then puts together.
    mutating func add(_ rule: IndexedRule, parts: Parts) {
        if parts.contains(.rows) {
            rules[ObjectIdentifier(rule)] = rule
            applyRows(rule.contribution, sign: 1)
        }
        if parts.contains(.fields) { applyFields(rule.contribution, sign: 1) }
    }

    /// Takes `part` of the tables from `other` (made from the same rules), replacing ours.
    mutating func take(_ part: Parts, from other: Aggregate) {
        if part.contains(.fields) { fields = other.fields }
        if part.contains(.rows) {
            rules = other.rules
            indicators = other.indicators
            exclusions = other.exclusions
            events = other.events
        }
    }

    private mutating func applyFields(_ c: RuleContribution, sign: Int) {
        for use in c.fields {
            fields[use.field, default: FieldTally()].apply(use, sign: sign)
            if sign < 0, fields[use.field]?.rules == 0 { fields[use.field] = nil }
        }
    }

    private mutating func applyRows(_ c: RuleContribution, sign: Int) {
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
    mutating func reserve(_ bounds: Bounds, parts: Parts = .all) {
        if parts.contains(.fields) { fields.reserveCapacity(min(bounds.fields, 64 + bounds.fields / 4)) }
        guard parts.contains(.rows) else { return }
        rules.reserveCapacity(bounds.rules)
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
