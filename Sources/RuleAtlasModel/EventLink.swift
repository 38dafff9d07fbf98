/// How a rule was linked to a catalog event (PREDICATES.md, "events covered").
public enum EventLinkKind: String, Sendable, Hashable, Codable, Comparable {
    /// The rule's selector or its EventID filter names this event.
    case exact
    /// One of several events a log source maps to; the rule does not narrow it.
    case candidate
    /// Another product's event of the same meaning (Defender DeviceProcessEvents ~ Sysmon 1).
    case equivalent

    public static func < (a: EventLinkKind, b: EventLinkKind) -> Bool { a.rank < b.rank }
    private var rank: Int {
        switch self {
        case .exact: 0
        case .candidate: 1
        case .equivalent: 2
        }
    }
}

/// A catalog event a rule reads: provider short name (`Sysmon`, `Security-Auditing`) and event id.
public struct EventRef: Sendable, Hashable, Codable, Comparable {
    public var provider: String
    public var eventId: Int
    public var link: EventLinkKind

    public init(provider: String, eventId: Int, link: EventLinkKind) {
        self.provider = provider
        self.eventId = eventId
        self.link = link
    }

    public static func < (a: EventRef, b: EventRef) -> Bool {
        (a.provider, a.eventId, a.link) < (b.provider, b.eventId, b.link)
    }
}
