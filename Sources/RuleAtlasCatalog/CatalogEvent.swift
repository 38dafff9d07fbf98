import RuleAtlasModel

/// A catalog event: provider short name, event id, title and EventData fields.
public struct CatalogEvent: Sendable, Hashable {
    /// Short key used across the tables (`Sysmon`, `Security-Auditing`, `Service-Control-Manager`).
    public var provider: String
    /// The provider as written in the event (`Provider_Name`).
    public var providerFull: String
    public var eventId: Int
    public var title: String
    public var fields: [String]
    /// The event log channel; a few providers write to two channels, joined by `; `.
    public var channel: String
    /// The `event.action` value Elastic writes for this event, when known.
    public var ecsAction: String?

    public init(provider: String, providerFull: String, eventId: Int, title: String, fields: [String], channel: String) {
        self.provider = provider
        self.providerFull = providerFull
        self.eventId = eventId
        self.title = title
        self.fields = fields
        self.channel = channel
    }

    /// The channels of `channel`, split on `;`, without parenthesised remarks.
    public var channels: [String] {
        if !channel.utf8.contains(UInt8(ascii: ";")), !channel.utf8.contains(UInt8(ascii: "(")) {
            return channel.isEmpty ? [] : [channel]
        }
        return channel.split(separator: ";").map { part in
            var s = part.trimmingWhitespaceSubstring()
            if let paren = s.firstIndex(of: "(") { s = s[..<paren].trimmingWhitespaceSubstring() }
            return String(s)
        }.filter { !$0.isEmpty }
    }

    /// The event as a rule link.
    public func ref(_ link: EventLinkKind) -> EventRef { EventRef(provider: provider, eventId: eventId, link: link) }
}
