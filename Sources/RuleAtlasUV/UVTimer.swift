import CLibUV

/// A libuv timer: fires once after a delay, or repeatedly.
public final class UVTimer: UVHandleOwner {
    public enum State { case idle, running, closing, closed }

    private let handle = UVHandle<uv_timer_t>()
    public private(set) var state = State.idle
    private var onFire: (() -> Void)?

    public init(loop: UVLoop) throws(UVError) {
        let status = uv_timer_init(loop.pointer, handle.pointer)
        if status < 0 { handle.freeUnregistered(); throw UVError(status) }
        handle.retain(self)
    }

    /// Calls `body` after `timeout` ms, then every `repeatEvery` ms when that is non-zero.
    public func start(after timeout: UInt64, repeatEvery: UInt64 = 0, _ body: @escaping () -> Void) {
        guard state == .idle || state == .running else { return }
        onFire = body
        state = .running
        uv_timer_start(handle.pointer, { timer in
            guard let timer else { return }
            let owner = UVHandle<uv_timer_t>.owner(UnsafeMutableRawPointer(timer), as: UVTimer.self)
            if uv_timer_get_repeat(timer) == 0 { owner.state = .idle }
            owner.onFire?()
        }, timeout, repeatEvery)
    }

    public func stop() {
        guard state == .running else { return }
        uv_timer_stop(handle.pointer)
        state = .idle
    }

    /// Keeps the loop from waiting on this timer alone (`uv_unref`).
    public func unref() { uv_unref(handle.raw) }

    public func close() {
        guard state == .idle || state == .running else { return }
        state = .closing
        onFire = nil
        handle.close()
    }

    func handleDidClose() { state = .closed }
}
