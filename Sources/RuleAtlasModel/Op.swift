/// Predicate operators of PREDICATES.md. Raw values are the wire names.
public enum Op: String, CaseIterable, Sendable, Hashable, Codable {
    case eq
    case ne
    case match
    case startsWith = "starts_with"
    case endsWith = "ends_with"
    case wildcard
    case regexMatch = "regex_match"
    case cidrMatch = "cidr_match"
    case exists
    case isNull = "is_null"
    case gt, gte, lt, lte
    case fieldref

    /// Whether values under this op group case-insensitively (everything but `regex_match`).
    public var foldsCase: Bool { self != .regexMatch }
}
