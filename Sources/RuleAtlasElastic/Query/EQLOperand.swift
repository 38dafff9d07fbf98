/// A value position in an EQL or ES|QL expression.
indirect enum EQLOperand: Sendable {
    case field(String)
    case string(String, raw: Bool)
    case number(String)
    case bool(String)
    case null
    case call(name: String, args: [EQLOperand])
    /// A parenthesised boolean expression, or a comparison already reduced.
    case boolean(QueryExpr)
    /// Arithmetic or anything else with no field/value reading; the text says what.
    case computed(String)

    /// The literal text of a string, number or boolean.
    var literal: String? {
        switch self {
        case .string(let s, _), .number(let s), .bool(let s): return s
        default: return nil
        }
    }

    var fieldName: String? { if case .field(let f) = self { return f }; return nil }

    /// Short source-like text for diagnostics.
    var summary: String {
        switch self {
        case .field(let f): return f
        case .string(let s, _): return "\"\(s)\""
        case .number(let n), .bool(let n): return n
        case .null: return "null"
        case .call(let name, let args): return "\(name)(\(args.map(\.summary).joined(separator: ", ")))"
        case .boolean: return "(...)"
        case .computed(let s): return s
        }
    }
}
