import RuleAtlasIndex

/// Where live reload reads the snapshot queries use now and publishes the next one.
/// Loop thread only.
///
/// A handler takes `current` once and answers from that snapshot alone; a reload replaces
/// the reference between requests, so every answer belongs to exactly one generation.
public protocol SnapshotPublishing: AnyObject {
    var current: IndexSnapshot { get }
    /// Makes `snapshot` (a newer generation) the one every later request reads.
    func publish(_ snapshot: IndexSnapshot)
}

/// A plain holder of the current snapshot. Loop thread only.
public final class SnapshotStore: SnapshotPublishing {
    public private(set) var current: IndexSnapshot

    public init(_ snapshot: IndexSnapshot) { current = snapshot }

    public func publish(_ snapshot: IndexSnapshot) { current = snapshot }
}
