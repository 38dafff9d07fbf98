import RuleAtlasModel

extension EventLinker {
    /// Other vendors: selectors of `logsource-events` kinds plus event ids and actions from the
    /// rule's filters.
    ///
    /// `vendor` is `elastic`, `splunk`, `sentinel`, `defender` or `kql` (both Kusto tables).
    /// Selector kinds: `index`, `event.dataset` (or `data_stream.dataset`), `eql_category`,
    /// `event.category`, `event.type`, `event.action`, `macro`, `datamodel`, `data_source`,
    /// `table`, `ActionType`, and the Kusto filters `Source`, `EventLog`, `Provider`; `event.code`,
    /// `winlog.event_id`, `EventCode` and `EventID` selectors add to `eventIDs`.
    /// `actions` are `event.action` / `ActionType` values. Channel-level selectors take their
    /// events from `eventIDs`; ids with no channel selector are looked up across the catalog.
    public func link(vendor: String, selectors: [(kind: String, value: String)], eventIDs: [Int], actions: [String]) -> [EventRef] {
        let vendors = vendor.lowercased() == "kql" ? ["sentinel", "defender"] : [vendor.lowercased()]
        var eventIDs = eventIDs
        for s in selectors where Self.eventIdKinds.contains(s.kind.lowercased()) {
            if let id = Int(s.value), !eventIDs.contains(id) { eventIDs.append(id) }
        }
        var given: [String: Set<String>] = [:]
        for s in selectors { given[Self.conditionField(s.kind), default: []].insert(s.value.lowercased()) }
        for a in actions {
            given["event.action", default: []].insert(a.lowercased())
            given["actiontype", default: []].insert(a.lowercased())
        }
        let providers = Array(given["provider"] ?? given["source"] ?? [])
        var out: [EventRef] = []
        var channelSelected = false
        var channelProviders: Set<String> = []
        for v in vendors {
            for s in selectors {
                let rows = matchingRows(vendor: v, kind: s.kind, value: s.value, given: given)
                channelSelected = channelSelected || rows.contains { $0.link == .channel || $0.events == .fromRule }
                for row in rows where !row.hasFixedIds && !row.isPlaceholder { channelProviders.insert(row.provider) }
                out += expandAndNarrow(rows, eventIDs: eventIDs, given: given)
            }
            for action in actions { out += table.rows(v, "event.action", action).compactMap(Self.fixedRef) }
            if v == "elastic", selectors.contains(where: { $0.kind == "event.category" }) {
                let rows = table.rows(v, "ecs_condition").filter { Self.satisfied($0.conditions, given) }
                out += expandAndNarrow(rows, eventIDs: eventIDs, given: given)
            }
        }
        if !eventIDs.isEmpty, !channelSelected, !out.contains(where: { eventIDs.contains($0.eventId) }) {
            out += channelLink("(any)", eventIDs: eventIDs, providers: providers)
        }
        // An id no catalog event answers, on exactly one named provider's channel (decision 0401).
        if channelProviders.count == 1, let provider = channelProviders.first {
            for id in eventIDs where !out.contains(where: { $0.eventId == id }) {
                out.append(EventRef(provider: provider, eventId: id, link: .exact))
            }
        }
        return Self.finish(out)
    }

    /// Selector kinds that carry an event id rather than pick a log source.
    static let eventIdKinds: Set<String> = ["event.code", "winlog.event_id", "eventcode", "eventid"]

    /// The rows one selector picks, after their extra conditions.
    func matchingRows(vendor: String, kind: String, value: String, given: [String: Set<String>]) -> [LinkRow] {
        let key = value.lowercased()
        switch kind {
        case "index":
            let rows = indexRows.value(for: vendor + "\u{1}" + key) {
                let plain = table.rows(vendor, "index").filter { Self.glob($0.key, matches: key) }
                let specific = plain.max { $0.key.count < $1.key.count }.map { [$0] } ?? []
                return (specific, table.rows(vendor, "index+condition").filter { Self.glob($0.key, matches: key) })
            }
            return rows.specific + pickConditioned(rows.conditioned, given)
        case "event.dataset", "data_stream.dataset":
            return table.rows(vendor, "event.dataset", key)
        case "eql_category":
            return pickConditioned(table.rows(vendor, "eql_category", key), given)
        case "macro":
            return table.rows(vendor, "macro", key.trimmingCharacters("`"))
        case "datamodel":
            let name = key.hasPrefix("datamodel=") ? String(key.dropFirst(10)) : key
            return table.rows(vendor, "datamodel", name)
        case "data_source":
            return dataSourceRows(value)
        case "table":
            let rows = table.rows(vendor, vendor == "defender" ? "table+ActionType" : "table", key)
            if vendor == "defender", given["actiontype"] == nil, key == "deviceevents" { return [] }
            return pickConditioned(rows, given)
        default:
            return []
        }
    }

    /// Rows whose conditions the rule satisfies; unconditioned rows give way to them. When none
    /// applies, the rows whose conditions the rule leaves open (it does not filter on that
    /// field) count as candidates, and open channel rows as one lookup of the rule's ids across
    /// the catalog.
    func pickConditioned(_ rows: [LinkRow], _ given: [String: Set<String>]) -> [LinkRow] {
        let satisfied = rows.filter { !$0.conditions.isEmpty && Self.satisfied($0.conditions, given) }
        if !satisfied.isEmpty { return satisfied }
        let plain = rows.filter { $0.conditions.isEmpty }
        if !plain.isEmpty { return plain }
        let open = rows.filter { row in row.conditions.allSatisfy { given[$0.field] == nil } }
        // Open channel rows (Kusto `Event` with no `Source`): the ids decide, across the catalog.
        if let row = open.first(where: { !$0.hasFixedIds }) {
            return [LinkRow(vendor: row.vendor, kind: row.kind, key: row.key, conditions: [], provider: "(any)",
                            events: .fromRule, link: .channel)]
        }
        return open.map { row in
            var r = row
            if r.link == .exact { r.link = .candidate }
            return r
        }
    }

    /// Events of rows: fixed-event rows narrowed by the rule's ids (`narrow`), channel rows
    /// as the channel rule gives them (their ambiguity is real, not a missing filter).
    func expandAndNarrow(_ rows: [LinkRow], eventIDs: [Int], given: [String: Set<String>]) -> [EventRef] {
        var fixed: [EventRef] = []
        var channel: [EventRef] = []
        for row in rows {
            let refs = expandVendorRow(row, eventIDs: eventIDs, given: given)
            if row.link == .channel || row.isPlaceholder || !row.hasFixedIds {
                channel += refs
            } else {
                fixed += refs
            }
        }
        return narrow(fixed, eventIDs: eventIDs, providers: []) + channel
    }

    /// Events of a vendor row; `(provider P)` rows take the provider from the `Provider` filter.
    func expandVendorRow(_ row: LinkRow, eventIDs: [Int], given: [String: Set<String>]) -> [EventRef] {
        if row.provider == "(provider P)" {
            return (given["provider"] ?? []).flatMap { channelLink($0, eventIDs: eventIDs, providers: [$0]) }
        }
        return expand(row, eventIDs: eventIDs, providers: [])
    }

    static func fixedRef(_ row: LinkRow) -> EventRef? {
        guard let link = row.link.eventLink, case .ids(let ids) = row.events, let id = ids.first, !row.isPlaceholder else { return nil }
        return EventRef(provider: row.provider, eventId: id, link: link)
    }

    static func satisfied(_ conditions: [(field: String, values: [String])], _ given: [String: Set<String>]) -> Bool {
        conditions.allSatisfy { cond in
            guard let have = given[cond.field] else { return false }
            return cond.values.contains("*") || cond.values.contains { have.contains($0) }
        }
    }

    /// Selector kinds that are also row conditions, spelled as the rows spell them.
    static func conditionField(_ kind: String) -> String {
        switch kind.lowercased() {
        case "actiontype": "actiontype"
        case "data_stream.dataset": "event.dataset"
        default: kind.lowercased()
        }
    }

    /// `*` globbing over lower-cased index patterns; a trailing `-*` also matches the bare name.
    static func glob(_ pattern: String, matches text: String) -> Bool {
        let p = Array(pattern.utf8)
        let t = Array(text.utf8)
        var pi = 0, ti = 0, star = -1, mark = 0
        while ti < t.count {
            if pi < p.count, p[pi] == t[ti] {
                pi += 1; ti += 1
            } else if pi < p.count, p[pi] == UInt8(ascii: "*") {
                star = pi; mark = ti; pi += 1
            } else if star >= 0 {
                pi = star + 1; mark += 1; ti = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == UInt8(ascii: "*") || p[pi] == UInt8(ascii: "-") { pi += 1 }
        return pi == p.count
    }
}
