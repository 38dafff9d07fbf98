extension IndexSnapshot {
    /// Carries what `previous` had computed for queries into this snapshot, updated by the
    /// rules that differ between the two, so the first queries after a swap do not pay
    /// for it on the loop. Call before publishing; safe from any thread.
    ///
    /// Corpus aggregates (one per vendor filter asked for) take out the rules gone and add
    /// the new ones instead of combining every slice again. A technique view is reused
    /// as it is when no differing rule counts under that technique and none of its
    /// indicators is one a differing rule uses (its corpus reach is then unchanged too);
    /// other views are built when first asked for.
    public func carryViews(from previous: IndexSnapshot) {
        let cached = previous.views.cached
        guard !cached.corpus.isEmpty || !cached.views.isEmpty else { return }
        let before = Set(previous.rules.map(ObjectIdentifier.init))
        let after = Set(rules.map(ObjectIdentifier.init))
        let differing = previous.rules.filter { !after.contains(ObjectIdentifier($0)) }
            + rules.filter { !before.contains(ObjectIdentifier($0)) }
        for (mask, aggregate) in cached.corpus {
            var carried = aggregate
            for r in differing where mask.contains(r.slice) {
                carried.apply(r, sign: before.contains(ObjectIdentifier(r)) ? -1 : 1)
            }
            _ = views.corpus(mask) { carried }
        }
        for (key, view) in cached.views {
            guard let technique = key.technique else { continue }
            let touched = differing.contains { r in
                key.mask.contains(r.slice)
                    && (r.rollup.contains(technique) || r.contribution.positives.contains { view.aggregate.indicators[$0.key] != nil })
            }
            if !touched { _ = views.view(key) { view } }
        }
    }
}
