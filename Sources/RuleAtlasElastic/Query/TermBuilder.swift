import RuleAtlasModel

/// Turns EQL and ES|QL comparisons and boolean functions into `QueryExpr` terms, the
/// op decided from each value's pattern (PREDICATES.md "Operators").
enum TermBuilder {
    /// How the members of `in`, `:`, `like` and `regex` are read.
    enum SetKind: Sendable, Hashable {
        /// Whole-value equality (`in`, `in~`, `==`).
        case exact
        /// `*`/`?` wildcards; ES|QL `LIKE` also takes `\*`, `\?`, `\\` as literals.
        case glob(backslashEscapes: Bool)
        case regex
        /// ES|QL `field : "text"`: a full-text match, read as a substring.
        case contains
    }

    /// The field a comparison side reads: a field, or a case-folding function of one
    /// (`to_lower(process.name)`), which changes neither field nor op.
    static func field(of operand: EQLOperand) -> String? {
        switch operand {
        case .field(let f): return f
        case .call(let name, let args) where args.count == 1:
            switch name.lowercased() {
            case "to_lower", "to_upper", "tolower", "toupper", "mv_first", "mv_last", "to_integer", "to_long",
                "to_int", "to_double", "to_string", "to_str", "to_ip", "to_boolean", "to_bool":
                return field(of: args[0])
            default: return nil
            }
        default: return nil
        }
    }

    static func term(_ field: String, _ op: Op, _ value: String) -> QueryExpr {
        .term(QueryTerm(field: field, op: op, value: value))
    }

    /// `lhs op rhs` for `==`, `!=`, `<`, `<=`, `>`, `>=`.
    static func compare(_ lhs: EQLOperand, _ op: String, _ rhs: EQLOperand, note: (String) -> Void) -> QueryExpr {
        var lhs = lhs, rhs = rhs, op = op
        if field(of: lhs) == nil, field(of: rhs) != nil {
            swap(&lhs, &rhs)
            op = ["<": ">", "<=": ">=", ">": "<", ">=": "<="][op] ?? op
        }
        guard let f = field(of: lhs) else {
            return .opaque("\(lhs.summary) \(op) \(rhs.summary)")
        }
        if case .null = rhs {
            switch op {
            case "==": return term(f, .isNull, "null")
            case "!=": return term(f, .exists, "true")
            default:
                note("comparison '\(op)' with null on \(f) is not a predicate")
                return .opaque("\(f) \(op) null")
            }
        }
        if let other = field(of: rhs) {
            switch op {
            case "==": return term(f, .fieldref, other)
            case "!=": return .notEqual(QueryTerm(field: f, op: .fieldref, value: other))
            default: return .opaque("\(f) \(op) \(other)")
            }
        }
        guard let value = rhs.literal else {
            // A time window (`@timestamp > NOW() - 7 days`) is understood; anything else is reported.
            if f != "@timestamp" { note("comparison of \(f) with the computed value \(rhs.summary) is not counted") }
            return .opaque("\(f) \(op) \(rhs.summary)")
        }
        switch op {
        case "==": return term(f, .eq, value)
        case "!=": return .notEqual(QueryTerm(field: f, op: .eq, value: value))
        case "<": return term(f, .lt, value)
        case "<=": return term(f, .lte, value)
        case ">": return term(f, .gt, value)
        default: return term(f, .gte, value)
        }
    }

    /// `lhs` against each member (`in`, `:`, `like`, `regex`): one predicate per member, OR-ed.
    static func members(_ lhs: EQLOperand, _ values: [EQLOperand], kind: SetKind, note: (String) -> Void) -> QueryExpr {
        guard let f = field(of: lhs) else {
            return .opaque("\(lhs.summary) matched against \(values.count) value(s)")
        }
        var out: [QueryExpr] = []
        for v in values {
            if let other = field(of: v), kind == .exact {
                out.append(term(f, .fieldref, other))
                continue
            }
            guard let text = v.literal else {
                if case .null = v { out.append(term(f, .isNull, "null")); continue }
                note("value \(v.summary) compared with \(f) is not a literal")
                out.append(.opaque("\(f) ~ \(v.summary)"))
                continue
            }
            out.append(member(f, text, kind: kind))
        }
        return .any(out)
    }

    static func member(_ f: String, _ text: String, kind: SetKind) -> QueryExpr {
        switch kind {
        case .exact: return term(f, .eq, text)
        case .regex: return term(f, .regexMatch, text)
        case .contains: return term(f, .match, text)
        case .glob(let escapes):
            let (op, value) = (escapes ? WildcardPattern.glob(text) : WildcardPattern.unescapedGlob(text)).classified()
            return term(f, op, value)
        }
    }
}
