import Synchronization

/// The link-table rows an index pattern (`logs-endpoint.events.process-*`) picks, before
/// the rule's conditions are applied: found by matching every `index` row's glob once per
/// vendor and pattern, then remembered (a corpus repeats a few hundred patterns).
final class IndexRowMemo: Sendable {
    typealias Rows = (specific: [LinkRow], conditioned: [LinkRow])

    private let table = Mutex<[String: Rows]>([:])

    func rows(vendor: String, pattern: String, make: () -> Rows) -> Rows {
        let key = vendor + "\u{1}" + pattern
        if let hit = table.withLock({ $0[key] }) { return hit }
        let rows = make()
        table.withLock { $0[key] = rows }
        return rows
    }
}
