/// A catalog event by provider short name and event id, without the link kind.
public struct EventKey: Sendable, Hashable, Comparable {
    public var provider: String
    public var eventId: Int

    public init(provider: String, eventId: Int) {
        self.provider = provider
        self.eventId = eventId
    }

    public static func < (a: EventKey, b: EventKey) -> Bool {
        a.provider != b.provider ? a.provider < b.provider : a.eventId < b.eventId
    }
}
