/// A TOML value as toml++ read it, with the position of the value in the file.
public enum TOMLValue: Sendable {
    case string(String)
    case integer(Int64)
    case float(Double)
    case bool(Bool)
    /// A date, time or date-time, as its TOML text.
    case datetime(String)
    case array([TOMLValue])
    case table(TOMLTable)

    public var string: String? { if case .string(let s) = self { return s }; return nil }
    public var table: TOMLTable? { if case .table(let t) = self { return t }; return nil }
    public var array: [TOMLValue]? { if case .array(let a) = self { return a }; return nil }
    public var bool: Bool? { if case .bool(let b) = self { return b }; return nil }

    /// A string, or the strings of an array of strings (`integration = "aws"` or `["aws"]`).
    public var strings: [String] {
        switch self {
        case .string(let s): return [s]
        case .array(let items): return items.compactMap(\.string)
        default: return []
        }
    }

    /// Scalars in plain text (`47`, `true`, `0.5`); nil for arrays and tables.
    public var scalarText: String? {
        switch self {
        case .string(let s), .datetime(let s): return s
        case .integer(let i): return String(i)
        case .float(let d): return String(d)
        case .bool(let b): return b ? "true" : "false"
        case .array, .table: return nil
        }
    }
}

/// One `key = value` of a table, with the 1-based position of its value.
public struct TOMLEntry: Sendable {
    public var key: String
    public var value: TOMLValue
    public var line: Int
    public var column: Int
}

/// A TOML table: its entries in file order.
public struct TOMLTable: Sendable {
    public var entries: [TOMLEntry]

    public init(entries: [TOMLEntry] = []) { self.entries = entries }

    /// The entry named `key`, if any (tables are small; a linear scan is cheapest).
    public func entry(_ key: String) -> TOMLEntry? {
        for e in entries where e.key == key { return e }
        return nil
    }

    public subscript(key: String) -> TOMLValue? { entry(key)?.value }
}
