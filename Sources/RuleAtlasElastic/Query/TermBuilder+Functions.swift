import RuleAtlasModel

extension TermBuilder {
    /// An operand standing alone as a condition: a parenthesised expression, a boolean
    /// function call, a boolean field (`?process.Ext.relative_file_creation_time`).
    static func standalone(_ operand: EQLOperand, esql: Bool, note: (String) -> Void) -> QueryExpr {
        switch operand {
        case .boolean(let e): return e
        case .call(let name, let args): return function(name, args, esql: esql, note: note)
        case .field(let f): return term(f, .eq, "true")
        case .bool(let b): return b == "true" ? .opaque("true") : .not(.opaque("false"))
        default:
            note("'\(operand.summary)' is not a condition")
            return .opaque(operand.summary)
        }
    }

    /// Functions that read as one predicate per pattern argument, with implied wildcards:
    /// (leading, trailing) or nil for a function with its own kind.
    private static let patternFunctions: [String: (Bool, Bool)] = [
        "startswith": (false, true), "starts_with": (false, true),
        "endswith": (true, false), "ends_with": (true, false),
        "stringcontains": (true, true), "contains": (true, true),
    ]

    /// Boolean functions that constrain events but have no predicate reading.
    private static let uncountedFunctions: Set<String> = [
        "length", "between", "indexof", "substring", "number", "concat", "add", "subtract", "multiply",
        "divide", "modulo", "arraycount", "arraysearch", "safe", "mv_count", "locate", "mv_contains",
        "date_diff", "ip_prefix", "to_string", "to_integer", "to_long", "to_double", "to_ip", "left", "right",
        "length_of", "trim", "replace", "split", "mv_concat", "url_decode", "from_base64", "to_base64",
    ]

    /// A boolean function call (`startsWith~(f, "a", "b")`, `cidrmatch(f, "10.0.0.0/8")`).
    static func function(_ name: String, _ args: [EQLOperand], esql: Bool, note: (String) -> Void) -> QueryExpr {
        var key = name.lowercased()
        if key.hasSuffix("~") { key.removeLast() }
        let summary = EQLOperand.call(name: name, args: args).summary
        if let (leading, trailing) = patternFunctions[key] {
            guard let f = args.first.flatMap(field(of:)), args.count >= 2 else { return .opaque(summary) }
            var out: [QueryExpr] = []
            for a in args.dropFirst() {
                guard let text = a.literal else { out.append(.opaque(a.summary)); continue }
                let (op, value) = WildcardPattern.implied(text, leading: leading, trailing: trailing).classified()
                out.append(term(f, op, value))
            }
            return .any(out)
        }
        switch key {
        case "cidrmatch", "cidr_match":
            return literalMembers(args, summary: summary) { f, v in term(f, .cidrMatch, v) }
        case "wildcard":
            return literalMembers(args, summary: summary) { f, v in member(f, v, kind: .glob(backslashEscapes: false)) }
        case "arraycontains":
            return literalMembers(args, summary: summary) { f, v in term(f, .eq, v) }
        case "match" where esql, "match_phrase" where esql:
            return literalMembers(Array(args.prefix(2)), summary: summary) { f, v in term(f, .match, v) }
        case "match", "matchlite":
            return literalMembers(args, summary: summary) { f, v in term(f, .regexMatch, v) }
        case "kql" where esql, "qstr" where esql:
            guard args.count == 1, let text = args[0].literal else { return .opaque(summary) }
            do {
                return try KueryParser.parse(text, lucene: key == "qstr")
            } catch {
                note("\(name)() query: \(error.message)")
                return .opaque(summary)
            }
        default:
            if !uncountedFunctions.contains(key) { note("function \(name)() is not known; not counted") }
            return .opaque(summary)
        }
    }

    /// `fn(field, v1, v2, ...)`: one term per literal argument, OR-ed.
    private static func literalMembers(_ args: [EQLOperand], summary: String, _ make: (String, String) -> QueryExpr) -> QueryExpr {
        guard let f = args.first.flatMap(field(of:)), args.count >= 2 else { return .opaque(summary) }
        return .any(args.dropFirst().map { a in a.literal.map { make(f, $0) } ?? .opaque(a.summary) })
    }
}
