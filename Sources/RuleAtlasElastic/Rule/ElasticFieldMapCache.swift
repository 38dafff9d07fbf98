import RuleAtlasCatalog
import RuleAtlasModel
import Synchronization

/// `FieldTable.builtin.map` for Elastic with the table's row choice remembered: the row
/// depends only on the field and the rule's scope, and a corpus has few of each (most
/// process rules share one scope), so each (scope, field) pair is resolved once.
///
/// A rule interns its scope once (`scopeID`); `map` then applies the remembered row the
/// way `FieldTable.map` does. A corpus test holds the two equal on every predicate.
final class ElasticFieldMapCache: Sendable {
    static let shared = ElasticFieldMapCache()

    /// Entries kept before a table starts over.
    static let limit = 100_000

    private struct Key: Hashable, Sendable {
        var scope: Int
        var field: String
    }

    /// A resolved row, or nil for a field that keeps its vendor name.
    private struct Resolved: Sendable {
        var row: (field: String, transform: FieldTransform)?
    }

    /// Interned scopes and the next id to give: ids are never given twice, so rows
    /// remembered for a scope forgotten when the table started over are never reused.
    private let scopes = Mutex<(table: [FieldScope: Int], next: Int)>(([:], 0))
    private let rows = Memo<Key, Resolved>(capacity: ElasticFieldMapCache.limit)

    func scopeID(_ scope: FieldScope) -> Int {
        scopes.withLock { state in
            if let id = state.table[scope] { return id }
            if state.table.count >= Self.limit { state.table.removeAll(keepingCapacity: true) }
            let id = state.next
            state.next += 1
            state.table[scope] = id
            return id
        }
    }

    func map(_ draft: PredicateDraft, scope: FieldScope, scopeID: Int) -> PredicateDraft {
        let resolved = rows.value(for: Key(scope: scopeID, field: draft.field)) {
            Resolved(row: FieldTable.builtin.resolve(vendor: "elastic", field: draft.field, scope: scope))
        }
        guard let (canonical, transform) = resolved.row else { return draft }
        var named = draft
        named.field = canonical
        var out = transform.apply(to: named, windows: scope.isWindows)
        out.rawField = draft.rawField
        if out.field == "LogonType", out.op == .eq || out.op == .ne, let n = FieldTransform.logonTypeNumber(out.value) {
            out.value = n
        }
        return out
    }
}
