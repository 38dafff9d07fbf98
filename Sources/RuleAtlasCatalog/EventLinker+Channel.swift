import RuleAtlasModel

extension EventLinker {
    /// The channel rule: the catalog events of a provider's channels (or a placeholder channel
    /// such as `(System)`) whose id the rule's event-id filter names, narrowed by provider names.
    ///
    /// With ids: one event per id in scope is `exact`; an id several providers share in scope
    /// (only when the channel is unknown, `(any Windows)`) gives each as `candidate`; an id the
    /// catalog lacks links to the named provider itself when the row names one (decision 0401).
    /// Without ids: the provider filter's events in scope as `candidate`, otherwise nothing.
    func channelLink(_ provider: String, eventIDs: [Int], providers: [String]) -> [EventRef] {
        let shorts = Set(providers.compactMap { catalog.providerShortName($0) })
        guard !(providers.isEmpty == false && shorts.isEmpty) else { return [] }
        let scope = eventsInScope(provider)
        let filtered = shorts.isEmpty ? scope : scope.filter { shorts.contains($0.provider) }
        guard !eventIDs.isEmpty else {
            return shorts.isEmpty ? [] : filtered.map { $0.ref(.candidate) }
        }
        var out: [EventRef] = []
        for id in Set(eventIDs).sorted() {
            let hits = filtered.filter { $0.eventId == id }
            if hits.count == 1 {
                out.append(hits[0].ref(.exact))
            } else if hits.count > 1 {
                out += hits.map { $0.ref(.candidate) }
            } else if !provider.hasPrefix("("), shorts.isEmpty || shorts.contains(provider), catalog.providerShortName(provider) != nil {
                out.append(EventRef(provider: provider, eventId: id, link: .exact))
            }
        }
        return out
    }

    /// Catalog events a provider or placeholder covers: a provider's whole channels (so the
    /// Security channel includes Eventlog 1100-1108), a named channel, or every event for
    /// `(any ...)`.
    func eventsInScope(_ provider: String) -> [CatalogEvent] {
        if provider.hasPrefix("(any") { return catalog.events }
        if provider.hasPrefix("(") {
            let channel = provider.dropFirst().dropLast()
            return channel.split(separator: "|").flatMap { catalog.events(channel: String($0.trimmingWhitespaceSubstring())) }
        }
        let own = catalog.events(provider: provider)
        var channels: [String] = []
        for e in own { for c in e.channels where !channels.contains(c) { channels.append(c) } }
        guard !channels.isEmpty else { return own }
        var seen = Set<String>()
        return channels.flatMap { catalog.events(channel: $0) }.filter { seen.insert("\($0.provider)/\($0.eventId)").inserted }
    }
}
