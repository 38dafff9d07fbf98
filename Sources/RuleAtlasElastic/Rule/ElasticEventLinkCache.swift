import RuleAtlasCatalog
import RuleAtlasModel

/// Remembers `EventLinker.builtin` answers for Elastic selectors: most rules share a few
/// index lists and categories, so a corpus load links each combination once.
final class ElasticEventLinkCache: Sendable {
    static let shared = ElasticEventLinkCache()

    private let table = Memo<String, [EventRef]>(capacity: 4096)

    func link(selectors: [(kind: String, value: String)], eventIDs: [Int], actions: [String]) -> [EventRef] {
        var key = ""
        for s in selectors { key += s.kind; key += "\u{1}"; key += s.value; key += "\u{2}" }
        key += "\u{3}"
        for id in eventIDs { key += String(id); key += "," }
        key += "\u{3}"
        for a in actions { key += a; key += "\u{2}" }
        return table.value(for: key) {
            EventLinker.builtin.link(vendor: "elastic", selectors: selectors, eventIDs: eventIDs, actions: actions)
        }
    }
}
