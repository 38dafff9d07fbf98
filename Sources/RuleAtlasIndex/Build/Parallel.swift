import Dispatch

/// Runs `body(i)` for `0..<count` across the cores and returns the results in order.
func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    let slots = Slots<T>(count)
    DispatchQueue.concurrentPerform(iterations: count) { i in slots.set(i, body(i)) }
    return slots.values()
}

/// Result slots written by distinct indices from concurrent workers, read after they join.
private final class Slots<T>: @unchecked Sendable {
    private var storage: [T?]

    init(_ count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: T) {
        storage.withUnsafeMutableBufferPointer { $0[i] = value }
    }

    func values() -> [T] { storage.map { $0! } }
}
