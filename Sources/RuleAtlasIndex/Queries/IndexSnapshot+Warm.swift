extension IndexSnapshot {
    /// Gives this snapshot the corpus aggregates `previous` had combined (one per vendor
    /// filter asked for), updated by the rules that differ between the two instead of
    /// combined again from every slice: the first query after a swap then does not pay
    /// for combining the whole corpus. Call before publishing; safe from any thread.
    public func carryCorpus(from previous: IndexSnapshot) {
        let cached = previous.views.cached.corpus
        guard !cached.isEmpty else { return }
        let before = Set(previous.rules.map(ObjectIdentifier.init))
        let after = Set(rules.map(ObjectIdentifier.init))
        let minus = previous.rules.filter { !after.contains(ObjectIdentifier($0)) }
        let plus = rules.filter { !before.contains(ObjectIdentifier($0)) }
        for (mask, aggregate) in cached {
            var carried = aggregate
            for r in minus where mask.contains(r.slice) { carried.apply(r, sign: -1) }
            for r in plus where mask.contains(r.slice) { carried.apply(r, sign: 1) }
            _ = views.corpus(mask) { carried }
        }
    }

    /// Builds in this snapshot the technique views `previous` had cached (at most
    /// `limit`), so the first queries after a swap find them ready instead of building
    /// them on the loop. Safe from any thread, while queries run.
    public func warmViews(like previous: IndexSnapshot, limit: Int = 256) {
        for key in previous.views.cached.views.prefix(limit) { _ = view(key.technique, key.mask) }
    }
}
