/// Typed access for decoders: each returns nil when the value has another JSON type or
/// does not fit, so callers can tell "absent" (the key lookup) from "wrong type".
extension JSON {
    /// The number when it is an integer literal that fits in Int64 (`3`, not `3.0` or `1e3`).
    public var int64Value: Int64? { if case .number(let n) = self { return n.int64 }; return nil }
    /// The number when it is a non-negative integer literal that fits in UInt64.
    public var uint64Value: UInt64? { if case .number(let n) = self { return UInt64(n.text) }; return nil }
    public var numberValue: JSONNumber? { if case .number(let n) = self { return n }; return nil }
    /// Every element when this is an array of strings only.
    public var stringArrayValue: [String]? {
        guard case .array(let items) = self else { return nil }
        var out: [String] = []
        out.reserveCapacity(items.count)
        for item in items {
            guard case .string(let s) = item else { return nil }
            out.append(s)
        }
        return out
    }
    /// The JSON type name used in error messages (`string`, `number`, `object`, ...).
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

extension JSON {
    public init(_ n: Int64) { self = .number(JSONNumber(n)) }
    public init(_ n: UInt64) { self = .number(JSONNumber(n)) }
    /// `.null` for nil, else the wrapped value.
    public init(_ optional: JSON?) { self = optional ?? .null }
    /// An array of strings.
    public init(strings: [String]) { self = .array(strings.map { .string($0) }) }
}
