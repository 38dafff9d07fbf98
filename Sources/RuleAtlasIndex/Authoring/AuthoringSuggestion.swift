import RuleAtlasModel

/// One piece of advice for an author, ranked by how many rules back it.
public struct AuthoringSuggestion: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A field many rules for the technique filter on and the draft does not.
        case field
        /// A positive (field, op, value) many rules for the technique use.
        case indicator
        /// A false-positive filter rules for the technique keep adding.
        case exclusion
        /// A catalog event rules for the technique read.
        case event
        /// A positive predicate of the draft that half the corpus uses too.
        case noisyIndicator = "noisy-indicator"
        /// A rule whose positive predicates overlap the draft's.
        case similarRule = "similar-rule"
    }

    public var kind: Kind
    public var message: String
    public var field: String?
    public var op: Op?
    public var value: String?
    public var provider: String?
    public var eventId: Int?
    /// Rules backing the suggestion (under the technique, or in the corpus for noisy ones).
    public var rules: Int?
    public var ruleId: String?
    /// Jaccard similarity of positive predicate keys, 0...1 (`similar-rule`).
    public var similarity: Double?

    public init(kind: Kind, message: String, field: String? = nil, op: Op? = nil, value: String? = nil,
                provider: String? = nil, eventId: Int? = nil, rules: Int? = nil, ruleId: String? = nil, similarity: Double? = nil) {
        self.kind = kind
        self.message = message
        self.field = field
        self.op = op
        self.value = value
        self.provider = provider
        self.eventId = eventId
        self.rules = rules
        self.ruleId = ruleId
        self.similarity = similarity
    }
}
