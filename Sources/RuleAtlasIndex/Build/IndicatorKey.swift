import RuleAtlasModel

/// A `(field, op, valueKey)` row of PREDICATES.md: the grouping key of indicators and exclusions.
public struct IndicatorKey: Sendable, Hashable, Comparable {
    public var field: String
    public var op: Op
    /// Lower-cased value, except for `regex_match` (`Predicate.valueKey`).
    public var valueKey: String

    public init(field: String, op: Op, valueKey: String) {
        self.field = field
        self.op = op
        self.valueKey = valueKey
    }

    public init(_ p: Predicate) {
        self.init(field: p.field, op: p.op, valueKey: p.valueKey)
    }

    public static func < (a: IndicatorKey, b: IndicatorKey) -> Bool {
        if a.field != b.field { return a.field < b.field }
        if a.op != b.op { return a.op.rawValue < b.op.rawValue }
        return a.valueKey < b.valueKey
    }
}
