import RuleAtlasCatalog
import RuleAtlasModel
import Synchronization

/// Remembers `FieldTable.builtin.map` answers: the same predicate recurs across rules that
/// read the same events (`process.name eq powershell.exe` in hundreds of process rules).
///
/// A rule interns its scope once (`scopeID`), then each predicate is looked up by that
/// number and the draft, so the field table chooses a row once per distinct pair.
final class ElasticFieldMapCache: Sendable {
    static let shared = ElasticFieldMapCache()

    private struct Key: Hashable {
        var scope: Int
        var draft: PredicateDraft
    }

    /// Entries kept before the table starts over (a corpus has about 40,000 predicates).
    static let limit = 500_000

    private let scopes = Mutex<[FieldScope: Int]>([:])
    private let drafts = Mutex<[Key: PredicateDraft]>([:])

    func scopeID(_ scope: FieldScope) -> Int {
        scopes.withLock { table in
            if let id = table[scope] { return id }
            let id = table.count
            table[scope] = id
            return id
        }
    }

    func map(_ draft: PredicateDraft, scope: FieldScope, scopeID: Int) -> PredicateDraft {
        let key = Key(scope: scopeID, draft: draft)
        if let hit = drafts.withLock({ $0[key] }) { return hit }
        let mapped = FieldTable.builtin.map(vendor: "elastic", draft, scope: scope)
        drafts.withLock { table in
            if table.count >= Self.limit { table.removeAll(keepingCapacity: true) }
            table[key] = mapped
        }
        return mapped
    }
}
