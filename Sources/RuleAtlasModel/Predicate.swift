/// One normalized `(field, op, value, polarity)` term of a rule (PREDICATES.md).
public struct Predicate: Sendable, Hashable, Codable {
    /// Canonical field name (Sigma/Windows spelling when one exists), `_keyword` for field-less terms.
    public var field: String
    /// The field exactly as written in the rule.
    public var rawField: String
    public var op: Op
    /// The value as written after the op's implied wildcards are removed; numbers and booleans in plain text.
    public var value: String
    public var polarity: Polarity

    public init(field: String, rawField: String? = nil, op: Op, value: String, polarity: Polarity = .positive) {
        self.field = field
        self.rawField = rawField ?? field
        self.op = op
        self.value = value
        self.polarity = polarity
    }

    /// The grouping key of the value: lower-cased, except for `regex_match`.
    public var valueKey: String { op.foldsCase ? value.lowercasedFast() : value }

    /// Hashes the value and the op only: predicates of one rule seldom share both, and
    /// hashing the field names too (twice: canonical and as written) doubled the cost of
    /// every set of predicates. Equality still compares every part.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
        hasher.combine(op)
    }
}

/// A predicate before the polarity pass: what a vendor parser produces at each leaf.
public struct PredicateDraft: Sendable, Hashable {
    public var field: String
    public var rawField: String
    public var op: Op
    public var value: String

    public init(field: String, rawField: String? = nil, op: Op, value: String) {
        self.field = field
        self.rawField = rawField ?? field
        self.op = op
        self.value = value
    }

    public func with(_ polarity: Polarity) -> Predicate {
        Predicate(field: field, rawField: rawField, op: op, value: value, polarity: polarity)
    }
}
