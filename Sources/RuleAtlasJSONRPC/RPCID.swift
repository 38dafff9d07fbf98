import RuleAtlasJSON

/// A request id as sent: a string, a number (its literal text, so ids above 2^53 echo
/// exactly) or null. Number ids compare by literal text (`1` and `1.0` differ).
public enum RPCID: Sendable, Hashable, CustomStringConvertible {
    case string(String)
    case number(JSONNumber)
    case null

    /// The id of a JSON value, or nil when the value is an object, array or boolean.
    public init?(_ json: JSON) {
        switch json {
        case .string(let s): self = .string(s)
        case .number(let n): self = .number(n)
        case .null: self = .null
        default: return nil
        }
    }

    public init(_ value: Int) { self = .number(JSONNumber(value)) }

    public var json: JSON {
        switch self {
        case .string(let s): .string(s)
        case .number(let n): .number(n)
        case .null: .null
        }
    }

    public func write(into out: inout [UInt8]) { json.write(into: &out) }

    public var description: String { json.compactString }
}
