import RuleAtlasModel

/// A catalog event: provider short name, event id, title and EventData fields.
public struct CatalogEvent: Sendable, Hashable {
    public var provider: String
    public var providerFull: String
    public var eventId: Int
    public var title: String
    public var fields: [String]
    public var channel: String

    public init(provider: String, providerFull: String, eventId: Int, title: String, fields: [String], channel: String) {
        self.provider = provider
        self.providerFull = providerFull
        self.eventId = eventId
        self.title = title
        self.fields = fields
        self.channel = channel
    }
}

/// CONTRACT (implemented by the catalog work): the project's own event table.
public final class EventCatalog: Sendable {
    public let events: [CatalogEvent]
    private let byKey: [String: Int]

    public init(events: [CatalogEvent]) {
        self.events = events
        var k: [String: Int] = [:]
        for (i, e) in events.enumerated() { k["\(e.provider.lowercased())/\(e.eventId)"] = i }
        byKey = k
    }

    public static let builtin = EventCatalog(events: [])

    /// Looks an event up by provider short name (case-insensitive) and id.
    public func event(provider: String, eventId: Int) -> CatalogEvent? {
        byKey["\(provider.lowercased())/\(eventId)"].map { events[$0] }
    }
}
