import Dispatch

/// Runs `body(i)` for `0..<count` across the cores and returns the results in order.
func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    let slots = Slots<T>(count)
    DispatchQueue.concurrentPerform(iterations: count) { i in slots.set(i, body(i)) }
    return slots.values()
}

/// Runs `a` and `b` at once (on two cores when both are free) and returns both results.
func both<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
    let first = Slots<A>(1)
    let second = Slots<B>(1)
    DispatchQueue.concurrentPerform(iterations: 2) { i in
        if i == 0 { first.set(0, a()) } else { second.set(0, b()) }
    }
    return (first.values()[0], second.values()[0])
}

/// Result slots written by distinct indices from concurrent workers, read after they join.
///
/// The slots are one fixed allocation written through its pointer: workers never touch a
/// Swift array, whose mutating accessors are not safe to enter from several threads even
/// for distinct elements.
private final class Slots<T>: @unchecked Sendable {
    private let count: Int
    private let storage: UnsafeMutablePointer<T?>

    init(_ count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func set(_ i: Int, _ value: T) {
        precondition(i >= 0 && i < count)
        storage[i] = value
    }

    /// Every slot's value; each index was set exactly once before this is called.
    func values() -> [T] {
        (0..<count).map { i in
            guard let value = storage[i] else { preconditionFailure("parallelMap slot \(i) was never set") }
            return value
        }
    }
}
