import RuleAtlasModel

extension EventLinker {
    /// The most events a channel may hold for an unfiltered rule to link to all of them.
    static let smallChannel = 5

    /// The channel rule: the catalog events of a provider's channels (or a placeholder channel
    /// such as `(System)`) whose id the rule's event-id filter names, narrowed by provider names.
    ///
    /// With ids: one event per id in scope is `exact`; an id several providers share in scope
    /// (only when the channel is unknown, `(any Windows)`) gives each as `candidate`; an id the
    /// catalog lacks links to the named provider itself when `fallback` is set and the row names
    /// one (decision 0401).
    /// Without ids: the provider filter's events in scope as `candidate`; with no provider filter
    /// either, a provider channel of at most `smallChannel` events gives them all as `candidate`
    /// (PowerShell-Classic 400/403/600/800), a larger or shared channel gives nothing.
    func channelLink(_ provider: String, eventIDs: [Int], providers: [String], fallback: Bool = false) -> [EventRef] {
        let shorts = Set(providers.compactMap { catalog.providerShortName($0) })
        guard !(providers.isEmpty == false && shorts.isEmpty) else { return [] }
        let scope = scopes.scope(provider)
        guard !eventIDs.isEmpty else {
            if shorts.isEmpty {
                let small = !provider.hasPrefix("(") && scope.events.count <= Self.smallChannel
                return small ? scope.events.map { $0.ref(.candidate) } : []
            }
            return scope.events.filter { shorts.contains($0.provider) }.map { $0.ref(.candidate) }
        }
        var out: [EventRef] = []
        for id in Set(eventIDs).sorted() {
            var hits = scope.events(id: id)
            if !shorts.isEmpty { hits = hits.filter { shorts.contains($0.provider) } }
            if hits.count == 1 {
                out.append(hits[0].ref(.exact))
            } else if hits.count > 1 {
                out += hits.map { $0.ref(.candidate) }
            } else if fallback, !provider.hasPrefix("("), shorts.isEmpty || shorts.contains(provider), catalog.providerShortName(provider) != nil {
                out.append(EventRef(provider: provider, eventId: id, link: .exact))
            }
        }
        return out
    }
}
