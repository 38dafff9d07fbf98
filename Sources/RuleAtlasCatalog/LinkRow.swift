import RuleAtlasModel

/// One row of the selector -> event table (derived from `reference/logsource-events.tsv`).
struct LinkRow: Sendable {
    enum Events: Sendable, Equatable {
        /// Any event of the provider or channel: the rule's event-id filter picks it.
        case any
        /// `N` in the reference table: the rule's event-id filter names it.
        case fromRule
        case ids([Int])
    }

    enum Link: String, Sendable {
        case exact, candidate, channel, equivalent, none
    }

    var vendor: String
    var kind: String
    /// Lower-cased selector key (`category=process_creation`, `endpoint.processes`, `deviceevents`).
    var key: String
    /// Extra conditions, lower-cased field -> accepted lower-cased values (`*` = any value).
    var conditions: [(field: String, values: [String])]
    /// Catalog short name, or a placeholder in parentheses (`(System)`, `(any Windows)`).
    var provider: String
    var events: Events
    var link: Link

    var isPlaceholder: Bool { provider.hasPrefix("(") }

    var hasFixedIds: Bool {
        if case .ids = events { return true }
        return false
    }
}

extension LinkRow.Link {
    /// The rule link kind a row gives directly; nil for channel-level and `none` rows.
    var eventLink: EventLinkKind? {
        switch self {
        case .exact: .exact
        case .candidate: .candidate
        case .equivalent: .equivalent
        case .channel, .none: nil
        }
    }
}
