import RuleAtlasModel

extension Condition {
    /// The same tree with every leaf replaced by a subtree.
    func substituting<T>(_ transform: (Leaf) -> Condition<T>) -> Condition<T> {
        switch self {
        case .and(let items): .and(items.map { $0.substituting(transform) })
        case .or(let items): .or(items.map { $0.substituting(transform) })
        case .not(let inner): .not(inner.substituting(transform))
        case .leaf(let leaf): transform(leaf)
        case .none: .none
        }
    }
}
