/// How many rules use one row, and how often each original spelling of its value occurs.
///
/// Additive: tallies of two rule sets add, and a rule set's tally can be taken back out,
/// which is what an incremental shard rebuild needs.
public struct Tally: Sendable, Equatable {
    public var rules: Int = 0
    /// Original spelling -> rules that wrote it so.
    public var spellings: [String: Int] = [:]

    public init() {}

    mutating func add(spelling: String) {
        rules += 1
        spellings[spelling, default: 0] += 1
    }

    mutating func add(_ other: Tally, sign: Int) {
        rules += sign * other.rules
        for (s, n) in other.spellings {
            let v = spellings[s, default: 0] + sign * n
            spellings[s] = v == 0 ? nil : v
        }
    }

    /// The most frequent original spelling; ties go to the smallest string.
    public var shown: String {
        var best: (String, Int)? = nil
        for (s, n) in spellings {
            if let b = best, n < b.1 || (n == b.1 && s >= b.0) { continue }
            best = (s, n)
        }
        return best?.0 ?? ""
    }
}

/// Per-field counts: rules with any predicate on the field, rules per op, rules per value.
public struct FieldTally: Sendable, Equatable {
    public var rules: Int = 0
    public var ops: [String: Int] = [:]
    public var values: [String: Tally] = [:]

    public init() {}

    mutating func add(_ other: FieldTally, sign: Int) {
        rules += sign * other.rules
        for (op, n) in other.ops {
            let v = ops[op, default: 0] + sign * n
            ops[op] = v == 0 ? nil : v
        }
        for (k, t) in other.values {
            var cur = values[k] ?? Tally()
            cur.add(t, sign: sign)
            values[k] = cur.rules == 0 ? nil : cur
        }
    }
}

/// Rules linked to one catalog event, per link kind.
public struct EventTally: Sendable, Equatable {
    public var rules: Int = 0
    /// Link kind raw value -> rules whose best link to the event is that kind.
    public var links: [String: Int] = [:]

    public init() {}

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
            var cur = self[k] ?? Tally()
            cur.add(t, sign: sign)
            self[k] = cur.rules == 0 ? nil : cur
        }
    }
}
