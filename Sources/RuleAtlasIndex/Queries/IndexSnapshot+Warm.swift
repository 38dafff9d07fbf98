extension IndexSnapshot {
    /// Computes in this snapshot the technique views `previous` had cached (at most
    /// `limit`), so the first queries after a swap find them ready instead of building
    /// them on the loop. Safe from any thread, while queries run.
    public func warmViews(like previous: IndexSnapshot, limit: Int = 256) {
        for key in previous.views.keys.prefix(limit) { _ = view(key.technique, key.mask) }
    }
}
