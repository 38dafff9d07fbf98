/// A rule's boolean condition as a tree, shared by every vendor. `Leaf` is what a
/// vendor puts at the leaves (usually `[PredicateDraft]`, the OR or AND of one selection
/// is expressed with `and`/`or` nodes above plain predicate leaves).
public indirect enum Condition<Leaf: Sendable>: Sendable {
    case and([Condition])
    case or([Condition])
    case not(Condition)
    case leaf(Leaf)
    /// A term that constrains nothing the index counts (a log-source selector, an
    /// aggregation). Dropped by `simplified()`.
    case none

    /// Flattens nested `and`/`or`, drops `.none`, collapses one-element groups.
    public func simplified() -> Condition {
        switch self {
        case .leaf, .none: return self
        case .not(let inner):
            let s = inner.simplified()
            if case .none = s { return .none }
            return .not(s)
        case .and(let items): return Self.flatten(items, isAnd: true)
        case .or(let items): return Self.flatten(items, isAnd: false)
        }
    }

    private static func flatten(_ items: [Condition], isAnd: Bool) -> Condition {
        var out: [Condition] = []
        for item in items {
            let s = item.simplified()
            switch s {
            case .none: continue
            case .and(let inner) where isAnd: out.append(contentsOf: inner)
            case .or(let inner) where !isAnd: out.append(contentsOf: inner)
            default: out.append(s)
            }
        }
        if out.isEmpty { return .none }
        if out.count == 1 { return out[0] }
        return isAnd ? .and(out) : .or(out)
    }

    /// Every leaf with the polarity PREDICATES.md gives it, in tree order.
    ///
    /// A `not X` whose parent is an `and` (after flattening) makes everything inside
    /// `X` an exclusion; any other `not` (the whole condition, or an alternative of an
    /// `or`) makes everything inside it negated. Once a region is excluded or negated,
    /// deeper `not`s do not change it (decision 0001).
    public func leavesWithPolarity() -> [(Leaf, Polarity)] {
        var out: [(Leaf, Polarity)] = []
        Self.walk(simplified(), parentIsAnd: false, inherited: .positive, into: &out)
        return out
    }

    private static func walk(_ node: Condition, parentIsAnd: Bool, inherited: Polarity, into out: inout [(Leaf, Polarity)]) {
        switch node {
        case .none: return
        case .leaf(let leaf): out.append((leaf, inherited))
        case .and(let items):
            for item in items { walk(item, parentIsAnd: true, inherited: inherited, into: &out) }
        case .or(let items):
            for item in items { walk(item, parentIsAnd: false, inherited: inherited, into: &out) }
        case .not(let inner):
            let polarity: Polarity = inherited != .positive ? inherited : (parentIsAnd ? .exclusion : .negated)
            walk(inner, parentIsAnd: false, inherited: polarity, into: &out)
        }
    }
}

extension Condition where Leaf == PredicateDraft {
    /// The predicates of the condition with their polarity, deduplicated in order.
    public func predicates() -> [Predicate] {
        let leaves = leavesWithPolarity()
        var out = UniquePredicates(expected: leaves.count)
        for (draft, polarity) in leaves { out.append(draft.with(polarity)) }
        return out.list
    }
}

/// Predicates collected once each, in the order first seen.
///
/// Small rules (most of them) deduplicate by linear search, which is cheaper than hashing;
/// large ones use a set.
public struct UniquePredicates {
    public private(set) var list: [Predicate] = []
    private var seen: Set<Predicate>?

    public init(expected count: Int) {
        list.reserveCapacity(count)
        seen = count > 32 ? Set(minimumCapacity: count) : nil
    }

    public mutating func append(_ p: Predicate) {
        if seen != nil {
            if seen!.insert(p).inserted { list.append(p) }
        } else if !list.contains(p) {
            list.append(p)
        }
    }
}
