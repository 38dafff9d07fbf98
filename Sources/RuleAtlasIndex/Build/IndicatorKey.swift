import RuleAtlasModel

/// A `(field, op, valueKey)` row of PREDICATES.md: the grouping key of indicators and exclusions.
///
/// The hash is computed once, when a rule's contribution is made (in parallel with
/// parsing), so that counting into the aggregates does not hash strings again.
public struct IndicatorKey: Sendable, Hashable, Comparable {
    public let field: String
    public let op: Op
    /// Lower-cased value, except for `regex_match` (`Predicate.valueKey`).
    public let valueKey: String
    private let hash: Int

    public init(field: String, op: Op, valueKey: String) {
        self.field = field
        self.op = op
        self.valueKey = valueKey
        var h = Hasher()
        h.combine(field)
        h.combine(op)
        h.combine(valueKey)
        hash = h.finalize()
    }

    public init(_ p: Predicate) {
        self.init(field: p.field, op: p.op, valueKey: p.valueKey)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    public static func == (a: IndicatorKey, b: IndicatorKey) -> Bool {
        a.hash == b.hash && a.op == b.op && a.valueKey == b.valueKey && a.field == b.field
    }

    public static func < (a: IndicatorKey, b: IndicatorKey) -> Bool {
        if a.field != b.field { return a.field < b.field }
        if a.op != b.op { return a.op.rawValue < b.op.rawValue }
        return a.valueKey < b.valueKey
    }
}

/// A value key with its hash computed once (the values of a field).
public struct ValueKey: Sendable, Hashable, Comparable {
    public let text: String
    private let hash: Int

    public init(_ text: String) {
        self.text = text
        hash = text.hashValue
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    public static func == (a: ValueKey, b: ValueKey) -> Bool { a.hash == b.hash && a.text == b.text }

    public static func < (a: ValueKey, b: ValueKey) -> Bool { a.text < b.text }
}
