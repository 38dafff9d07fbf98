import RuleAtlasModel

/// The project's own Windows event table (provider, event id, title, fields, channel), derived
/// from `reference/events.tsv` by `Sources/RuleAtlasCatalog/Generated/gen-catalog.py`.
public final class EventCatalog: Sendable {
    public let events: [CatalogEvent]
    private let byKey: [Key: Int]
    /// Lower-cased short and full provider names -> short name.
    private let providerNames: [String: String]
    /// Lower-cased channel -> indexes of its events.
    private let byChannel: [String: [Int]]
    /// Short provider name -> indexes of its events.
    private let byProvider: [String: [Int]]

    private struct Key: Hashable {
        var provider: String
        var eventId: Int
    }

    public init(events: [CatalogEvent]) {
        self.events = events
        var keys: [Key: Int] = [:]
        var names: [String: String] = [:]
        var channels: [String: [Int]] = [:]
        var providers: [String: [Int]] = [:]
        for (i, e) in events.enumerated() {
            providers[e.provider, default: []].append(i)
            let short = e.provider.lowercased()
            if keys[Key(provider: short, eventId: e.eventId)] == nil { keys[Key(provider: short, eventId: e.eventId)] = i }
            names[short] = e.provider
            if names[e.providerFull.lowercased()] == nil { names[e.providerFull.lowercased()] = e.provider }
            for channel in e.channels { channels[channel.lowercased(), default: []].append(i) }
        }
        byKey = keys
        providerNames = names
        byChannel = channels
        byProvider = providers
    }

    /// The compiled-in table, parsed on first use.
    public static let builtin = EventCatalog(events: parseBuiltin())

    /// Looks an event up by provider short name (case-insensitive) and id.
    public func event(provider: String, eventId: Int) -> CatalogEvent? {
        byKey[Key(provider: provider.lowercased(), eventId: eventId)].map { events[$0] }
    }

    /// Looks an event up by the provider name written in the event (`Provider_Name`,
    /// `Service Control Manager`, `Microsoft-Windows-Sysmon`) or its short name.
    public func event(providerFull: String, eventId: Int) -> CatalogEvent? {
        providerShortName(providerFull).flatMap { event(provider: $0, eventId: eventId) }
    }

    /// The short provider name for a short or full provider name, case-insensitive.
    public func providerShortName(_ name: String) -> String? { providerNames[name.lowercased()] }

    /// Every event of a provider (short or full name), in table order.
    public func events(provider: String) -> [CatalogEvent] {
        guard let short = providerShortName(provider) else { return [] }
        return (byProvider[short] ?? []).map { events[$0] }
    }

    /// Every event written to a channel (`Security`, `System`, `Microsoft-Windows-Sysmon/Operational`).
    public func events(channel: String) -> [CatalogEvent] {
        (byChannel[channel.lowercased()] ?? []).map { events[$0] }
    }

    /// Events with this id across all providers.
    public func events(eventId: Int) -> [CatalogEvent] { events.filter { $0.eventId == eventId } }

    static func parseBuiltin() -> [CatalogEvent] {
        TSV.rows(EventData.events).compactMap { row in
            guard let id = Int(TSV.cell(row, 2)) else { return nil }
            let fields = TSV.list(TSV.cell(row, 4))
            var e = CatalogEvent(
                provider: String(TSV.cell(row, 0)), providerFull: String(TSV.cell(row, 1)), eventId: id,
                title: String(TSV.cell(row, 3)), fields: fields, channel: String(TSV.cell(row, 5))
            )
            let action = TSV.cell(row, 6)
            e.ecsAction = action.isEmpty ? nil : String(action)
            return e
        }
    }
}
