import RuleAtlasModel

/// What a `FieldScope` says in the field table's terms: Sigma categories, services and event ids.
struct ScopeFacts {
    var categories: Set<String> = []
    var services: Set<String> = []
    var eventIds: Set<Int> = []
    /// The scope's own words, lower-cased, for vendor-scope matches.
    var words: Set<String> = []
    /// Nothing known about the scope (decision 0402's agreeing-rows rule applies).
    var isUnknown: Bool
    var isWindows: Bool

    init(_ scope: FieldScope, eventCategories: [String: [String]]) {
        isUnknown = scope.isUnknown
        isWindows = scope.isWindows
        for e in scope.events {
            eventIds.insert(e.eventId)
            categories.formUnion(eventCategories["\(e.provider)/\(e.eventId)"] ?? [])
            if let service = Self.providerServices[e.provider] { services.insert(service) }
        }
        for word in scope.categories {
            let w = word.lowercased()
            words.insert(w)
            if let mapped = Self.vendorCategories[w] {
                categories.formUnion(mapped.categories)
                eventIds.formUnion(mapped.ids)
                services.formUnion(mapped.services)
            } else if w.hasPrefix("service:") {
                services.insert(String(w.dropFirst(8)))
            } else {
                categories.insert(w)
            }
        }
    }

    func score(_ row: FieldRow) -> Int {
        var s = 0
        if !row.eventIds.isDisjoint(with: eventIds) { s = 6 }
        if s < 4, row.categories.contains(where: { pattern in categories.contains { Self.glob(pattern, $0) } }) { s = 4 }
        if s < 2, row.eventIds.isEmpty, !services.isDisjoint(with: row.services) { s = 2 }
        if s < 1, row.anywhere { s = 1 }
        if s > 0, row.vendorScopes.contains(where: { words.contains($0.lowercased()) }) { s += 1 }
        return s
    }

    /// `file_*` matches `file_event`; anything else matches itself.
    static func glob(_ pattern: String, _ category: String) -> Bool {
        pattern.hasSuffix("*") ? category.hasPrefix(pattern.dropLast()) : pattern == category
    }

    /// Providers whose channel is a Sigma service of the field table.
    static let providerServices: [String: String] = [
        "Security-Auditing": "security", "Eventlog": "security", "Service-Control-Manager": "system",
        "Kernel-General": "system", "Windows-Defender": "windefend",
    ]

    /// Elastic `event.category` values, Kusto tables and Splunk data models -> Sigma terms.
    static let vendorCategories: [String: (categories: [String], ids: [Int], services: [String])] = [
        "process": (["process_creation"], [], []),
        "file": (["file_event"], [], []),
        "registry": (["registry_set"], [], []),
        "network": (["network_connection"], [], []),
        "library": (["image_load"], [], []),
        "driver": (["driver_load"], [], []),
        "authentication": ([], [4624, 4625], ["security"]),
        "iam": ([], [], ["security"]),
        "devicefileevents": (["file_event"], [], []),
        "deviceprocessevents": (["process_creation"], [], []),
        "deviceregistryevents": (["registry_set"], [], []),
        "deviceimageloadevents": (["image_load"], [], []),
        "devicenetworkevents": (["network_connection"], [], []),
        "devicelogonevents": ([], [4624, 4625], ["security"]),
        "securityevent": ([], [], ["security"]),
        "dnsevents": (["dns"], [], []),
        "endpoint.processes": (["process_creation"], [], []),
        "endpoint.filesystem": (["file_event"], [], []),
        "endpoint.registry": (["registry_set"], [], []),
        "network_traffic": (["network_connection"], [], []),
        "network_resolution.dns": (["dns_query"], [], []),
        "authentication.authentication": ([], [4624, 4625], ["security"]),
    ]
}
