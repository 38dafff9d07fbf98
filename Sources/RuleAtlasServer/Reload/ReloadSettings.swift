/// Timing of the reload coordinator.
public struct ReloadSettings: Sendable {
    /// Quiet time after the last change before a rebuild starts (`--debounce-ms`).
    public var debounceMs: UInt64 = 100
    /// A burst that never goes quiet still rebuilds this long after its first change.
    public var maxDelayMs: UInt64 = 1_000
    /// How often each root is checked for having disappeared or come back.
    public var rootPollMs: UInt64 = 250

    public init(debounceMs: UInt64 = 100, maxDelayMs: UInt64? = nil, rootPollMs: UInt64 = 250) {
        self.debounceMs = debounceMs
        self.maxDelayMs = maxDelayMs ?? Swift.max(1_000, debounceMs * 10)
        self.rootPollMs = rootPollMs
    }
}
