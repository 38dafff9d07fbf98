import CLibUV

/// One libuv event loop and the thread that runs it.
///
/// Every handle created on a loop must be used from that loop's thread only; the one
/// exception is `UVMailbox.post`, which wakes the loop from any thread.
public final class UVLoop {
    let pointer: UnsafeMutablePointer<uv_loop_t>
    /// Receive buffer shared by every connection of this loop: a read callback hands its
    /// bytes off synchronously, so one buffer serves all of them in turn.
    let readBuffer: UnsafeMutableRawPointer
    static let readBufferSize = 64 << 10

    public init() throws(UVError) {
        pointer = .allocate(capacity: 1)
        let status = uv_loop_init(pointer)
        if status < 0 {
            pointer.deallocate()
            throw UVError(status)
        }
        readBuffer = .allocate(byteCount: Self.readBufferSize, alignment: 16)
        pointer.pointee.data = Unmanaged.passUnretained(self).toOpaque()
    }

    deinit {
        // Closes whatever handles remain, then lets their close callbacks release their owners.
        uv_walk(pointer, { handle, _ in
            if let handle, uv_is_closing(handle) == 0 { uv_close(handle, uvCloseReleasingOwner) }
        }, nil)
        uv_run(pointer, UV_RUN_DEFAULT)
        uv_loop_close(pointer)
        pointer.deallocate()
        readBuffer.deallocate()
    }

    /// Runs until no active handles remain or `stop()` is called.
    public func run() { uv_run(pointer, UV_RUN_DEFAULT) }

    /// Runs one iteration without blocking (for tests).
    @discardableResult
    public func runOnce(wait: Bool = false) -> Bool {
        uv_run(pointer, wait ? UV_RUN_ONCE : UV_RUN_NOWAIT) != 0
    }

    /// Makes `run()` return after the current iteration.
    public func stop() { uv_stop(pointer) }

    /// The loop's cached clock in milliseconds (updated once per iteration).
    public var now: UInt64 { uv_now(pointer) }

    /// Refreshes the cached clock.
    public func updateTime() { uv_update_time(pointer) }

    /// How many handles are alive (open or closing) on this loop.
    public var handleCount: Int {
        var count = 0
        withUnsafeMutablePointer(to: &count) { counter in
            uv_walk(pointer, { _, arg in arg!.assumingMemoryBound(to: Int.self).pointee += 1 }, counter)
        }
        return count
    }

    static func from(_ loop: UnsafeMutablePointer<uv_loop_t>) -> UVLoop {
        Unmanaged<UVLoop>.fromOpaque(loop.pointee.data!).takeUnretainedValue()
    }
}
