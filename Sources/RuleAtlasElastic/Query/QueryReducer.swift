import RuleAtlasCatalog
import RuleAtlasModel

/// Reduces a `QueryExpr` to predicates with their polarity, splitting off the
/// log-source selectors that link the rule to events (PREDICATES.md).
///
/// Selectors and uncounted constructs stay in the tree as placeholder leaves through
/// the polarity pass and are dropped after it, so removing them never turns a sibling's
/// `and not` exclusion into a negation.
struct QueryReducer {
    /// Terms that only pick the platform, data set or event kind (PREDICATES.md, "Fields").
    static let selectorFields: Set<String> = [
        "host.os.type", "host.os.family", "host.os.name", "event.category", "event.type", "event.kind",
        "event.module", "event.dataset", "_index",
    ]

    static func isSelector(_ field: String) -> Bool {
        selectorFields.contains(field) || field.hasPrefix("data_stream.")
            || FieldTable.builtin.isLogsourceSelector(vendor: "elastic", field: field)
    }

    /// Selector kind handed to the event linker for a selector or event-identity field.
    static func linkKind(_ field: String) -> String? {
        switch field {
        case "event.provider", "winlog.provider_name": return "Provider"
        case "event.category", "event.type", "event.kind", "event.module", "winlog.channel",
            "host.os.type", "host.os.family", "host.os.name":
            return field
        case "event.dataset", "data_stream.dataset": return "event.dataset"
        case "_index": return "index"
        default: return nil
        }
    }

    private static let placeholder = "\u{1}placeholder"

    /// Positive-context selector values for the event linker.
    var selectors: [(kind: String, value: String)] = []
    var eventIDs: [Int] = []
    var actions: [String] = []

    /// The predicates of `expr` (ECS fields, not yet mapped) with their polarity.
    mutating func reduce(_ expr: QueryExpr) -> [Predicate] {
        let condition = convert(expr, parentIsAnd: false, negated: false)
        return condition.predicates().filter { $0.field != Self.placeholder }
    }

    private mutating func convert(_ e: QueryExpr, parentIsAnd: Bool, negated: Bool) -> Condition<PredicateDraft> {
        switch e {
        case .and(let items): return .and(items.map { convert($0, parentIsAnd: true, negated: negated) })
        case .or(let items): return .or(items.map { convert($0, parentIsAnd: false, negated: negated) })
        case .not(let inner): return .not(convert(inner, parentIsAnd: false, negated: !negated))
        case .opaque: return .leaf(PredicateDraft(field: Self.placeholder, op: .exists, value: ""))
        case .term(let t):
            if !negated { noteLink(t) }
            if Self.isSelector(t.field) { return .leaf(PredicateDraft(field: Self.placeholder, op: .exists, value: "")) }
            return .leaf(PredicateDraft(field: t.field, op: t.op, value: t.value))
        case .notEqual(let t):
            if Self.isSelector(t.field) { return .leaf(PredicateDraft(field: Self.placeholder, op: .exists, value: "")) }
            let op: Op = t.op == .eq ? (parentIsAnd ? .eq : .ne) : t.op
            return .not(.leaf(PredicateDraft(field: t.field, op: op, value: t.value)))
        }
    }

    private mutating func noteLink(_ t: QueryTerm) {
        guard t.op == .eq || t.op == .startsWith || t.op == .wildcard else { return }
        switch t.field {
        case "event.code", "winlog.event_id", "winlog.event_id.keyword":
            if t.op == .eq, let id = Int(t.value) { eventIDs.append(id) }
        case "event.action":
            if t.op == .eq { actions.append(t.value) }
        default:
            if let kind = Self.linkKind(t.field) { selectors.append((kind, t.value)) }
        }
    }
}
