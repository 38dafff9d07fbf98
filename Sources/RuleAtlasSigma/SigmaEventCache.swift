import RuleAtlasCatalog
import RuleAtlasModel
import Synchronization

/// Remembers `EventLinker.sigma` answers: a corpus has a few hundred distinct log-source
/// and event-filter combinations across thousands of rules, and linking is a pure function
/// of them. Safe to use from the parallel shard builders.
final class SigmaEventCache: Sendable {
    static let shared = SigmaEventCache()

    struct Key: Hashable, Sendable {
        var product: String?
        var category: String?
        var service: String?
        var eventIDs: [Int]
        var providers: [String]
    }

    private let entries = Memo<Key, [EventRef]>(capacity: 4096)

    func events(_ key: Key) -> [EventRef] {
        entries.value(for: key) {
            EventLinker.builtin.sigma(product: key.product, category: key.category, service: key.service,
                                      eventIDs: key.eventIDs, providers: key.providers)
        }
    }
}
