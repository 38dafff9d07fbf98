/// The value modifiers of the Sigma specification, and what each one does to a predicate.
///
/// Only the "kind" modifiers and the string-match bases change the op; every other one
/// transforms the value before matching (`windash`, `base64offset`, `wide` ...) and leaves
/// the value and op the author wrote (PREDICATES.md, "Transform modifiers").
enum SigmaModifier: String, CaseIterable {
    case contains, startswith, endswith
    case all
    case re, i, m, s, ignorecase, multiline, dotall
    case cidr, exists, gt, gte, lt, lte, fieldref, neq
    case base64, base64offset, wide, utf16le, utf16be, utf16, windash, expand, cased
    case minute, hour, day, week, month, year

    enum Role {
        /// Adds implied wildcards to a string pattern.
        case base(SigmaPattern.Base)
        /// Decides the op outright.
        case kind
        /// Makes a value list an AND.
        case all
        /// Changes how the value is matched or encoded, not which predicate it is.
        case transform
    }

    var role: Role {
        switch self {
        case .contains: .base(.contains)
        case .startswith: .base(.startsWith)
        case .endswith: .base(.endsWith)
        case .all: .all
        case .re, .cidr, .exists, .gt, .gte, .lt, .lte, .fieldref, .neq: .kind
        default: .transform
        }
    }

    /// The op a kind modifier gives.
    var kindOp: SigmaKind? {
        switch self {
        case .re: .regex
        case .cidr: .cidr
        case .exists: .exists
        case .gt: .gt
        case .gte: .gte
        case .lt: .lt
        case .lte: .lte
        case .fieldref: .fieldref
        case .neq: .neq
        default: nil
        }
    }
}

/// What kind modifier governs a value, if any.
enum SigmaKind {
    case regex, cidr, exists, gt, gte, lt, lte, fieldref, neq
}
