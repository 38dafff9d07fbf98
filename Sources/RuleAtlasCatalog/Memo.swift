import Synchronization

/// Answers of a pure function remembered by key, safe to use from every builder thread:
/// a corpus repeats a few hundred distinct inputs (log sources, index patterns, field
/// scopes) across thousands of rules. Past `capacity` entries the table starts over, so
/// hostile or long-lived input cannot grow it without bound.
public final class Memo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let table = Mutex<[Key: Value]>([:])
    public let capacity: Int

    public init(capacity: Int) { self.capacity = capacity }

    /// The remembered answer for `key`, or `make()` remembered now.
    public func value(for key: Key, make: () -> Value) -> Value {
        if let hit = table.withLock({ $0[key] }) { return hit }
        let value = make()
        table.withLock { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[key] = value
        }
        return value
    }
}
