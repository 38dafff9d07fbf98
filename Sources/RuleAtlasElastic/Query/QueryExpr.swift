import RuleAtlasModel

/// The boolean tree every Elastic query language parses into, before log-source
/// selectors are split off and fields are mapped.
///
/// Leaves carry the ECS field as written (with `?` and backquotes removed) and an op
/// already decided from the value's pattern (PREDICATES.md, "Operators").
public indirect enum QueryExpr: Sendable, Hashable {
    case and([QueryExpr])
    case or([QueryExpr])
    case not(QueryExpr)
    /// `field op value`.
    case term(QueryTerm)
    /// `field != value`: an exclusion of `eq` as a conjunct, a negated `ne` elsewhere.
    case notEqual(QueryTerm)
    /// A construct that constrains events but yields no counted predicate
    /// (`length(process.args) > 2`, a comparison on an aggregate); the text says what.
    case opaque(String)
}

/// One `(field, op, value)` comparison written in a query.
public struct QueryTerm: Sendable, Hashable {
    public var field: String
    public var op: Op
    public var value: String

    public init(field: String, op: Op, value: String) {
        self.field = field
        self.op = op
        self.value = value
    }
}

extension QueryExpr {
    /// An `and` of the parts, without one-element groups.
    static func all(_ parts: [QueryExpr]) -> QueryExpr { parts.count == 1 ? parts[0] : .and(parts) }
    /// An `or` of the parts, without one-element groups.
    static func any(_ parts: [QueryExpr]) -> QueryExpr { parts.count == 1 ? parts[0] : .or(parts) }

    /// Every term in the tree (positive, negated or excluded alike), in order.
    public var terms: [QueryTerm] {
        var out: [QueryTerm] = []
        collectTerms(into: &out)
        return out
    }

    private func collectTerms(into out: inout [QueryTerm]) {
        switch self {
        case .and(let items), .or(let items): for i in items { i.collectTerms(into: &out) }
        case .not(let inner): inner.collectTerms(into: &out)
        case .term(let t), .notEqual(let t): out.append(t)
        case .opaque: break
        }
    }
}
