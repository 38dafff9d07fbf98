import RuleAtlasCatalog
import RuleAtlasModel
import Synchronization

/// Remembers `EventLinker.builtin` answers for Elastic selectors: most rules share a few
/// index lists and categories, so a corpus load links each combination once.
final class ElasticEventLinkCache: Sendable {
    static let shared = ElasticEventLinkCache()

    private let table = Mutex<[String: [EventRef]]>([:])

    func link(selectors: [(kind: String, value: String)], eventIDs: [Int], actions: [String]) -> [EventRef] {
        var key = ""
        for s in selectors { key += s.kind; key += "\u{1}"; key += s.value; key += "\u{2}" }
        key += "\u{3}"
        for id in eventIDs { key += String(id); key += "," }
        key += "\u{3}"
        for a in actions { key += a; key += "\u{2}" }
        if let hit = table.withLock({ $0[key] }) { return hit }
        let events = EventLinker.builtin.link(vendor: "elastic", selectors: selectors, eventIDs: eventIDs, actions: actions)
        table.withLock { $0[key] = events }
        return events
    }
}
