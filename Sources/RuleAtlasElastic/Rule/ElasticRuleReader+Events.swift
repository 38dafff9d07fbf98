import RuleAtlasCatalog
import RuleAtlasModel

extension ElasticRuleReader {
    /// Links the rule to catalog events and maps its predicates onto canonical fields
    /// through the field table row that fits those events.
    func linkAndMap(_ predicates: [Predicate], reducer: QueryReducer, document: ElasticRuleDocument) -> ([EventRef], [Predicate]) {
        var selectors: [(kind: String, value: String)] = []
        for pattern in document.index { selectors.append(("index", pattern)) }
        for category in document.eqlCategories { selectors.append(("eql_category", category)) }
        for integration in document.integrations { selectors.append(("integration", integration)) }
        selectors += reducer.selectors
        let events = EventLinker.builtin.link(vendor: "elastic", selectors: selectors, eventIDs: reducer.eventIDs, actions: reducer.actions)
        var categories = Set(document.eqlCategories)
        for s in reducer.selectors where s.kind == "event.category" { categories.insert(s.value.lowercased()) }
        for c in Array(categories) {
            if let sigma = Self.sigmaCategory[c] { categories.insert(sigma) }
        }
        let scope = FieldScope(events: events, categories: categories)
        var seen = Set<Predicate>()
        var out: [Predicate] = []
        out.reserveCapacity(predicates.count)
        for p in predicates {
            var draft = PredicateDraft(field: p.field, rawField: p.rawField, op: p.op, value: p.value)
            // `event.provider` is `Provider_Name` only on Windows logs, which are the catalog's events.
            if p.field != "event.provider" || !events.isEmpty {
                draft = FieldTable.builtin.map(vendor: "elastic", draft, scope: scope)
            }
            let mapped = draft.with(p.polarity)
            if seen.insert(mapped).inserted { out.append(mapped) }
        }
        return (events.sorted(), out)
    }

    /// ECS event category -> the Sigma category closest to it, for field scoping.
    static let sigmaCategory: [String: String] = [
        "process": "process_creation", "file": "file_event", "registry": "registry_set", "library": "image_load",
        "network": "network_connection", "driver": "driver_load", "dns": "dns_query",
    ]
}
