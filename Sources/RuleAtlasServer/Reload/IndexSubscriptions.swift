import RuleAtlasJSON
import RuleAtlasProtocol

/// Connections subscribed to `index.changed`, by connection id. Loop thread only.
///
/// A notification is queued on each subscriber's connection like any reply: a subscriber
/// that does not read is throttled at the soft cap and dropped at the hard cap by its
/// session, never waited for. A connection that is gone leaves the set at the next publish.
public final class IndexSubscriptions {
    public private(set) var connections: Set<UInt64> = []

    public init() {}

    public func subscribe(_ connectionID: UInt64) { connections.insert(connectionID) }

    public func unsubscribe(_ connectionID: UInt64) { connections.remove(connectionID) }

    /// Sends `params` as an `index.changed` notification to every subscriber still connected.
    func publish(_ params: JSON, through state: ServerState) {
        for id in connections.sorted() where !state.notify(connectionID: id, method: IndexChanged.method, params: params) {
            connections.remove(id)
        }
    }
}
