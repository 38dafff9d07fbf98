/// How a predicate takes part in its rule's condition (PREDICATES.md, "Polarity").
public enum Polarity: String, CaseIterable, Sendable, Hashable, Codable {
    /// The rule fires when this holds.
    case positive
    /// A `not X` conjunct of an `and`: a false-positive filter on its siblings.
    case exclusion
    /// A `not` that stands alone or as an alternative of an `or`.
    case negated
}
