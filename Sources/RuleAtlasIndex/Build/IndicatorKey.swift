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
        self.init(field: field, fieldHash: field.hashValue, op: op, valueKey: ValueKey(valueKey))
    }

    /// The same key from hashes already at hand (a rule's contribution hashes each field
    /// name once and each value once).
    init(field: String, fieldHash: Int, op: Op, valueKey: ValueKey) {
        self.field = field
        self.op = op
        self.valueKey = valueKey.text
        // A case of a payload-free enum is its one-byte discriminator.
        let opCode = Int(unsafeBitCast(op, to: UInt8.self))
        hash = KeyHash.mix(fieldHash &* 31 &+ opCode, seed: valueKey.hash)
    }

    public init(_ p: Predicate) {
        self.init(field: p.field, op: p.op, valueKey: p.valueKey)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    public func _rawHashValue(seed: Int) -> Int { KeyHash.mix(hash, seed: seed) }

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
    let hash: Int

    public init(_ text: String) {
        self.text = text
        hash = text.hashValue
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    public func _rawHashValue(seed: Int) -> Int { KeyHash.mix(hash, seed: seed) }

    public static func == (a: ValueKey, b: ValueKey) -> Bool { a.hash == b.hash && a.text == b.text }

    public static func < (a: ValueKey, b: ValueKey) -> Bool { a.text < b.text }
}
