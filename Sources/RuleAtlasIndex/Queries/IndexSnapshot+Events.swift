import RuleAtlasModel

/// The result of `event.get`.
public struct EventPage: Sendable, Equatable {
    public var provider: String
    public var eventId: Int
    public var title: String
    public var fields: [String]
    /// Techniques whose rules read the event, by rules descending, then id.
    public var techniques: [TechniqueCount]
}

extension IndexSnapshot {
    /// `event.get`: a catalog event (provider short name, case-insensitive) and the
    /// techniques whose rules read it. 1001 when neither the catalog nor any rule knows it.
    public func eventGet(provider: String, eventId: Int, filter: IndexFilter = IndexFilter()) throws(IndexQueryError) -> EventPage {
        let catalogEvent = events.event(provider: provider, eventId: eventId)
        let shortName = catalogEvent?.provider ?? provider
        let mask = filter.mask
        let key = EventKey(provider: shortName, eventId: eventId)
        var counts: [TechniqueCount] = []
        var seenAnywhere = false
        makeTechniqueAggregates()
        for (id, entry) in techniques {
            let agg = entry.aggregate
            var n = 0
            for i in 0..<Slice.count {
                guard let t = agg.slices[i].events[key] else { continue }
                seenAnywhere = true
                if mask.contains(i) { n += t.rules }
            }
            if n > 0 { counts.append(TechniqueCount(id: id, rules: n)) }
        }
        guard catalogEvent != nil || seenAnywhere else { throw .notFound("no event \(provider) \(eventId)") }
        counts.sort { a, b in a.rules != b.rules ? a.rules > b.rules : a.id < b.id }
        return EventPage(
            provider: shortName, eventId: eventId, title: catalogEvent?.title ?? "", fields: catalogEvent?.fields ?? [],
            techniques: counts
        )
    }
}
