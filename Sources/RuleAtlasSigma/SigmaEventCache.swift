import RuleAtlasCatalog
import RuleAtlasModel
import Synchronization

/// Remembers `EventLinker.sigma` answers: a corpus has a few hundred distinct log-source
/// and event-filter combinations across thousands of rules, and linking is a pure function
/// of them. Safe to use from the parallel shard builders.
final class SigmaEventCache: Sendable {
    static let shared = SigmaEventCache()

    struct Key: Hashable {
        var product: String?
        var category: String?
        var service: String?
        var eventIDs: [Int]
        var providers: [String]
    }

    private let entries = Mutex<[Key: [EventRef]]>([:])
    /// Stop remembering past this many combinations (hostile input cannot grow it unbounded).
    private let capacity = 4096

    func events(_ key: Key) -> [EventRef] {
        if let hit = entries.withLock({ $0[key] }) { return hit }
        let refs = EventLinker.builtin.sigma(product: key.product, category: key.category, service: key.service,
                                             eventIDs: key.eventIDs, providers: key.providers)
        entries.withLock { if $0.count < capacity { $0[key] = refs } }
        return refs
    }
}
