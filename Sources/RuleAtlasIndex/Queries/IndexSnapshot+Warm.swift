extension IndexSnapshot {
    /// Carries what `previous` had computed for queries into this snapshot, updated by the
    /// rules that differ between the two, so the first queries after a swap do not pay
    /// for it on the loop. Call before publishing; safe from any thread.
    ///
    /// Corpus aggregates (one per vendor filter asked for) take out the rules gone and add
    /// the new ones instead of combining every slice again. A technique view is reused
    /// as it is when no differing rule counts under that technique and the corpus reach
    /// of none of its indicators changed; other views are built when first asked for.
    public func carryViews(from previous: IndexSnapshot) {
        let cached = previous.views.cached
        guard !cached.corpus.isEmpty || !cached.views.isEmpty else { return }
        let change = delta(from: previous)
        let before = Set(change.removed.map(ObjectIdentifier.init))
        let differing = change.removed + change.added
        for (mask, aggregate) in cached.corpus {
            var carried = aggregate
            for r in differing where mask.contains(r.slice) {
                carried.apply(r, sign: before.contains(ObjectIdentifier(r)) ? -1 : 1)
            }
            _ = views.corpus(mask) { carried }
        }
        var reachChanged: [SliceMask: Set<IndicatorKey>] = [:]
        for (key, view) in cached.views {
            guard let technique = key.technique else { continue }
            let inMask = differing.filter { key.mask.contains($0.slice) }
            if inMask.contains(where: { $0.rollup.contains(technique) }) { continue }
            let changed = reachChanged[key.mask] ?? Self.netChanges(inMask, before: before)
            reachChanged[key.mask] = changed
            if !changed.contains(where: { view.aggregate.indicators[$0] != nil }) { _ = views.view(key) { view } }
        }
    }

    /// The counted rules that differ from `previous`: recorded by the update that made this
    /// snapshot from it, else found by comparing both rule lists.
    func delta(from previous: IndexSnapshot) -> RuleDelta {
        if let delta, previous.generation == generation - 1,
            previous.rules.count - delta.removed.count + delta.added.count == rules.count {
            return delta
        }
        return RuleDelta(removed: previous.rules, added: rules)
    }

    /// Indicators whose corpus reach differs once `rules` are taken out (those in
    /// `before`) or put in: a rule re-read with the same predicates cancels out.
    static func netChanges(_ rules: [IndexedRule], before: Set<ObjectIdentifier>) -> Set<IndicatorKey> {
        var net: [IndicatorKey: Int] = [:]
        for r in rules {
            let sign = before.contains(ObjectIdentifier(r)) ? -1 : 1
            for (k, _) in r.contribution.positives { net[k, default: 0] += sign }
        }
        return Set(net.filter { $0.value != 0 }.keys)
    }
}

extension IndexSnapshot {
    /// Builds the technique views `previous` had and this snapshot lacks (at most
    /// `limit`), typically those a changed rule touched, across the cores. Run before
    /// publishing, so the first queries after the swap find them built, and again beside
    /// the loop right after (for views `previous` got meanwhile); a query that gets there
    /// first builds its view itself, as it would anyway.
    public func warmViews(like previous: IndexSnapshot, limit: Int = 64) {
        let have = views.cached.views
        let missing = Array(previous.views.cached.views.keys.filter { have[$0] == nil }.prefix(limit))
        _ = parallelMap(missing.count) { i in self.view(missing[i].technique, missing[i].mask) }
    }
}
