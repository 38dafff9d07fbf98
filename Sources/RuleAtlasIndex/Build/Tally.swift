import RuleAtlasModel

/// How many rules use one row, and how often each original spelling of its value occurs.
///
/// Additive: tallies of two rule sets add, and a rule set's tally can be taken back out,
/// which is what an incremental shard rebuild needs.
public struct Tally: Sendable, Equatable {
    public var rules: Int = 0
    /// The spelling most rows have (one, in practice) kept inline; others in `more`.
    private var first: String = ""
    private var firstCount: Int = 0
    private var more: [String: Int]? = nil

    public init() {}

    /// Original spelling -> rules that wrote it so.
    public var spellings: [String: Int] {
        var out = more ?? [:]
        if firstCount != 0 { out[first] = firstCount }
        return out
    }

    mutating func apply(spelling: String, sign: Int) {
        rules += sign
        count(spelling, sign)
    }

    mutating func add(_ other: Tally, sign: Int) {
        rules += sign * other.rules
        if other.firstCount != 0 { count(other.first, sign * other.firstCount) }
        for (s, n) in other.more ?? [:] { count(s, sign * n) }
    }

    private mutating func count(_ spelling: String, _ n: Int) {
        if firstCount == 0, more == nil {
            first = spelling
            firstCount = n
        } else if spelling == first {
            firstCount += n
            if firstCount == 0, var m = more, let (s, c) = m.first {
                m[s] = nil
                first = s
                firstCount = c
                more = m.isEmpty ? nil : m
            }
        } else {
            var m = more ?? [:]
            let v = m[spelling, default: 0] + n
            m[spelling] = v == 0 ? nil : v
            more = m.isEmpty ? nil : m
        }
    }

    /// The most frequent original spelling; ties go to the smallest string.
    public var shown: String {
        guard let more else { return first }
        var best: (String, Int) = firstCount != 0 ? (first, firstCount) : ("", 0)
        for (s, n) in more where n > best.1 || (n == best.1 && s < best.0) || best.1 == 0 { best = (s, n) }
        return best.0
    }

    public static func == (a: Tally, b: Tally) -> Bool { a.rules == b.rules && a.spellings == b.spellings }
}

/// Per-field counts: rules with any predicate on the field, rules per op, rules per value.
public struct FieldTally: Sendable, Equatable {
    public var rules: Int = 0
    public var ops: [String: Int] = [:]
    public var values: [ValueKey: Tally] = [:]

    public init() {}

    mutating func apply(_ use: RuleContribution.FieldUse, sign: Int) {
        rules += sign
        for op in use.ops {
            ops[op.rawValue, default: 0] += sign
            if sign < 0, ops[op.rawValue] == 0 { ops[op.rawValue] = nil }
        }
        for (key, spelling) in use.values { values.apply(key, spelling: spelling, sign: sign) }
    }

    mutating func add(_ other: FieldTally, sign: Int) {
        rules += sign * other.rules
        for (op, n) in other.ops {
            let v = ops[op, default: 0] + sign * n
            ops[op] = v == 0 ? nil : v
        }
        values.add(other.values, sign: sign)
    }
}

/// Rules linked to one catalog event, per link kind.
public struct EventTally: Sendable, Equatable {
    public var rules: Int = 0
    /// Link kind raw value -> rules whose best link to the event is that kind.
    public var links: [String: Int] = [:]

    public init() {}

    mutating func apply(_ link: EventLinkKind, sign: Int) {
        rules += sign
        let v = links[link.rawValue, default: 0] + sign
        links[link.rawValue] = v == 0 ? nil : v
    }

    mutating func add(_ other: EventTally, sign: Int) {
        rules += sign * other.rules
        for (k, n) in other.links {
            let v = links[k, default: 0] + sign * n
            links[k] = v == 0 ? nil : v
        }
    }
}

extension Dictionary where Value == Tally {
    mutating func add(_ other: [Key: Tally], sign: Int) {
        for (k, t) in other {
            self[k, default: Tally()].add(t, sign: sign)
            if self[k]?.rules == 0 { self[k] = nil }
        }
    }

    mutating func apply(_ key: Key, spelling: String, sign: Int) {
        self[key, default: Tally()].apply(spelling: spelling, sign: sign)
        if sign < 0, self[key]?.rules == 0 { self[key] = nil }
    }
}
