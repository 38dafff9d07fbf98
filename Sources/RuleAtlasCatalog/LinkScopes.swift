import RuleAtlasModel

/// The catalog events each provider or placeholder channel of the link table covers, with an
/// id index, computed once so that linking a rule costs a few dictionary lookups.
final class LinkScopes: Sendable {
    struct Scope: Sendable {
        var events: [CatalogEvent]
        var byId: [Int: [Int]]

        init(_ events: [CatalogEvent]) {
            self.events = events
            var index: [Int: [Int]] = [:]
            for (i, e) in events.enumerated() { index[e.eventId, default: []].append(i) }
            byId = index
        }

        func events(id: Int) -> [CatalogEvent] { (byId[id] ?? []).map { events[$0] } }
    }

    private let scopes: [String: Scope]
    private let catalog: EventCatalog

    init(catalog: EventCatalog, table: LinkTable) {
        self.catalog = catalog
        var names = Set(table.rows.map(\.provider))
        names.formUnion(catalog.events.map(\.provider))
        names.formUnion(["(System)", "(Application)", "(any)"])
        var scopes: [String: Scope] = [:]
        for name in names { scopes[name] = Scope(Self.events(name, catalog: catalog)) }
        self.scopes = scopes
    }

    /// The scope of a provider short name or placeholder (`(System)`, `(any Windows)`).
    func scope(_ provider: String) -> Scope { scopes[provider] ?? Scope(Self.events(provider, catalog: catalog)) }

    /// Catalog events a provider or placeholder covers: a provider's whole channels (so the
    /// Security channel includes Eventlog 1100-1108), a named channel, or every event for
    /// `(any ...)`.
    static func events(_ provider: String, catalog: EventCatalog) -> [CatalogEvent] {
        if provider.hasPrefix("(any") { return catalog.events }
        if provider.hasPrefix("(") {
            let channel = provider.dropFirst().dropLast()
            return channel.split(separator: "|").flatMap { catalog.events(channel: String($0.trimmingWhitespaceSubstring())) }
        }
        let own = catalog.events(provider: provider)
        var channels: [String] = []
        for e in own { for c in e.channels where !channels.contains(c) { channels.append(c) } }
        guard !channels.isEmpty else { return own }
        var seen = Set<EventRef>()
        return channels.flatMap { catalog.events(channel: $0) }.filter { seen.insert($0.ref(.exact)).inserted }
    }
}
