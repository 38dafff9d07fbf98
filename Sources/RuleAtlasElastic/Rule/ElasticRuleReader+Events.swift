import RuleAtlasCatalog
import RuleAtlasModel

extension ElasticRuleReader {
    /// Links the rule to catalog events and maps its predicates onto canonical fields
    /// through the field table row that fits those events.
    ///
    /// The catalog holds Windows events, so a rule for another platform links none and its
    /// file-name rewrites join with `/`.
    func linkAndMap(_ predicates: [Predicate], reducer: QueryReducer, document: ElasticRuleDocument) -> ([EventRef], [Predicate]) {
        let windows = document.platforms.isEmpty || document.platforms.contains("windows")
        var selectors: [(kind: String, value: String)] = []
        for pattern in document.index { selectors.append(("index", pattern)) }
        for category in document.eqlCategories { selectors.append(("eql_category", category)) }
        for integration in document.integrations { selectors.append(("integration", integration)) }
        selectors += reducer.selectors
        var eventIDs = reducer.eventIDs
        // Script block text exists only in PowerShell 4104 events.
        if eventIDs.isEmpty, predicates.contains(where: { $0.field.hasPrefix("powershell.file.script_block") && $0.polarity == .positive }) {
            eventIDs = [4104]
        }
        let events = windows ? ElasticEventLinkCache.shared.link(selectors: selectors, eventIDs: eventIDs, actions: reducer.actions) : []
        var categories = Set(document.eqlCategories).union(document.platforms)
        for s in reducer.selectors where s.kind == "event.category" { categories.insert(s.value.lowercased()) }
        for c in Array(categories) {
            if let sigma = Self.sigmaCategory[c] { categories.insert(sigma) }
        }
        let scope = FieldScope(events: events, categories: categories)
        let scopeID = ElasticFieldMapCache.shared.scopeID(scope)
        var out = UniquePredicates(expected: predicates.count)
        for p in predicates {
            var draft = PredicateDraft(field: p.field, rawField: p.rawField, op: p.op, value: p.value)
            // `event.provider` is `Provider_Name` only on Windows logs, which are the catalog's events.
            if p.field != "event.provider" || !events.isEmpty {
                draft = ElasticFieldMapCache.shared.map(draft, scope: scope, scopeID: scopeID)
            }
            out.append(draft.with(p.polarity))
        }
        return (events.sorted(), out.list)
    }

    /// Platforms named by positive `host.os.type`/`family`/`name` selectors, else by tags
    /// (`OS: Linux`, or the older bare `Linux`).
    static func platforms(reducer: QueryReducer, tags: [String]) -> [String] {
        var out: [String] = []
        func add(_ word: String) {
            let w = word.lowercased()
            let p = w == "darwin" || w == "macos" || w == "mac os x" ? "macos" : w
            if ["windows", "linux", "macos"].contains(p), !out.contains(p) { out.append(p) }
        }
        for s in reducer.selectors where s.kind.hasPrefix("host.os.") { add(s.value) }
        if out.isEmpty {
            for tag in tags {
                if tag.hasPrefix("OS: ") { add(String(tag.dropFirst(4))) } else { add(tag) }
            }
        }
        return out
    }

    /// ECS event category -> the Sigma category closest to it, for field scoping.
    static let sigmaCategory: [String: String] = [
        "process": "process_creation", "file": "file_event", "registry": "registry_set", "library": "image_load",
        "network": "network_connection", "driver": "driver_load", "dns": "dns_query",
    ]
}
