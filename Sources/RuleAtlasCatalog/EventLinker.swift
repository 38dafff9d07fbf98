import RuleAtlasModel

/// Links a rule's log-source selectors to catalog events (the project's logsource -> events table).
///
/// Used by every vendor parser. Results are sorted and hold each event once, with its strongest
/// link (`exact` over `candidate` over `equivalent`). Catalog events are Windows events: a
/// non-Windows source links nothing.
public struct EventLinker: Sendable {
    public static let builtin = EventLinker()

    let catalog: EventCatalog
    let table: LinkTable
    let scopes: LinkScopes
    /// The rows each index pattern (`logs-endpoint.events.process-*`) picks before the
    /// rule's conditions, found by matching every `index` row's glob once per vendor and
    /// pattern.
    let indexRows = Memo<String, (specific: [LinkRow], conditioned: [LinkRow])>(capacity: 4096)

    public init() {
        catalog = .builtin
        table = .builtin
        scopes = Self.builtinScopes
    }

    private static let builtinScopes = LinkScopes(catalog: .builtin, table: .builtin)

    /// Sigma: `logsource` triple plus the `EventID` and `Provider_Name` values the detection
    /// filters on (positive predicates only), narrowing multi-event sources.
    ///
    /// A category gives its candidate events; an `EventID` filter keeps those it names, as
    /// `exact`. A service gives a channel; the events are the channel's catalog events named by
    /// the `EventID` filter (`exact`), narrowed by `Provider_Name` on shared channels such as
    /// System. A service rule with no `EventID` filter links the `Provider_Name` provider's
    /// events in that channel as `candidate`, or nothing (decision 0401).
    public func sigma(product: String?, category: String?, service: String?, eventIDs: [Int], providers: [String]) -> [EventRef] {
        if let product, product.lowercased() != "windows" { return [] }
        var out: [EventRef] = []
        if let category {
            let rows = table.rows("sigma", "logsource", "category=" + category.lowercased())
            let fixed = rows.filter { $0.hasFixedIds && !$0.isPlaceholder }
            out += narrow(fixed.flatMap { expand($0, eventIDs: eventIDs, providers: providers) }, eventIDs: eventIDs, providers: providers)
        }
        if let service {
            for row in table.rows("sigma", "logsource", "service=" + service.lowercased()) {
                out += channelLink(row.provider, eventIDs: eventIDs, providers: providers, fallback: true)
            }
        }
        return Self.finish(out)
    }

    /// The events of a row: its fixed ids, or the channel rule for `*`/`N` rows.
    func expand(_ row: LinkRow, eventIDs: [Int], providers: [String]) -> [EventRef] {
        guard let link = row.link.eventLink else {
            return row.link == .channel ? channelLink(row.provider, eventIDs: eventIDs, providers: providers) : []
        }
        switch row.events {
        case .ids(let ids):
            guard row.isPlaceholder else { return ids.map { EventRef(provider: row.provider, eventId: $0, link: link) } }
            return channelLink(row.provider, eventIDs: ids, providers: providers)
        case .any, .fromRule:
            let refs = channelLink(row.provider, eventIDs: eventIDs, providers: providers)
            return link == .equivalent ? refs.map { EventRef(provider: $0.provider, eventId: $0.eventId, link: .equivalent) } : refs
        }
    }

    /// Keeps the candidates an event-id or provider filter names, as `exact`; without a filter,
    /// or when the filter names none of them, the links stay as they are.
    func narrow(_ refs: [EventRef], eventIDs: [Int], providers: [String]) -> [EventRef] {
        let shorts = Set(providers.compactMap { catalog.providerShortName($0) })
        guard !eventIDs.isEmpty || !shorts.isEmpty else { return refs }
        let kept = refs.filter { ref in
            (eventIDs.isEmpty || eventIDs.contains(ref.eventId)) && (shorts.isEmpty || shorts.contains(ref.provider))
        }
        guard !kept.isEmpty else { return refs }
        return kept.map { $0.link == .candidate ? EventRef(provider: $0.provider, eventId: $0.eventId, link: .exact) : $0 }
    }

    /// One entry per event with its strongest link, sorted.
    static func finish(_ refs: [EventRef]) -> [EventRef] {
        guard refs.count > 1 else { return refs }
        var best: [EventRef: EventRef] = [:]
        for r in refs {
            let key = EventRef(provider: r.provider, eventId: r.eventId, link: .exact)
            if let old = best[key], old.link <= r.link { continue }
            best[key] = r
        }
        return best.values.sorted()
    }
}
