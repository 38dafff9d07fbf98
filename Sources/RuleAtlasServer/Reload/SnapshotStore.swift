import RuleAtlasIndex

/// The snapshot queries read now. Loop thread only.
///
/// A handler takes `current` once and answers from that snapshot alone; a reload replaces
/// the reference between requests, so every answer belongs to exactly one generation.
public final class SnapshotStore {
    public private(set) var current: IndexSnapshot

    public init(_ snapshot: IndexSnapshot) { current = snapshot }

    /// Publishes `snapshot` (a newer generation) to every later request.
    public func swap(_ snapshot: IndexSnapshot) { current = snapshot }
}
