import Foundation
import RuleAtlasModel

/// Memoized `TechniqueView`s of one snapshot, by technique (nil: the corpus) and mask.
final class ViewCache: @unchecked Sendable {
    struct Key: Hashable {
        var technique: TechniqueID?
        var mask: SliceMask
    }

    private let lock = NSLock()
    private var views: [Key: TechniqueView] = [:]
    private var reach: [SliceMask: Aggregate] = [:]

    func view(_ key: Key, make: () -> TechniqueView) -> TechniqueView {
        lock.lock()
        if let v = views[key] {
            lock.unlock()
            return v
        }
        lock.unlock()
        let v = make()
        lock.lock()
        defer { lock.unlock() }
        if let existing = views[key] { return existing }
        views[key] = v
        return v
    }

    /// The views and corpus aggregates cached so far.
    var cached: (views: [Key: TechniqueView], corpus: [SliceMask: Aggregate]) {
        lock.lock()
        defer { lock.unlock() }
        return (views, reach)
    }

    func corpus(_ mask: SliceMask, make: () -> Aggregate) -> Aggregate {
        lock.lock()
        if let a = reach[mask] {
            lock.unlock()
            return a
        }
        lock.unlock()
        let a = make()
        lock.lock()
        defer { lock.unlock() }
        reach[mask] = a
        return a
    }
}

extension IndexSnapshot {
    /// The whole corpus under `mask`: its `indicators` are corpus reach.
    func corpusAggregate(_ mask: SliceMask) -> Aggregate {
        views.corpus(mask) { corpus.combined(mask) }
    }

    /// The sorted rows of `technique` (nil: the corpus) under `mask`.
    func view(_ technique: TechniqueID?, _ mask: SliceMask) -> TechniqueView {
        views.view(ViewCache.Key(technique: technique, mask: mask)) {
            let reach = corpusAggregate(mask)
            let agg = technique.map { techniques[$0]?.aggregate.combined(mask) ?? Aggregate() } ?? reach
            return TechniqueView(agg, reach: reach, events: EventCatalogLookup(catalog: events))
        }
    }
}
