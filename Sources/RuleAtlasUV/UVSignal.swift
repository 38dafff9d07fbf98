import CLibUV

/// Delivers a Unix signal on the loop thread instead of in a signal handler.
public final class UVSignal: UVHandleOwner {
    public enum State { case idle, watching, closing, closed }

    private let handle = UVHandle<uv_signal_t>()
    public private(set) var state = State.idle
    private var onSignal: ((Int32) -> Void)?

    public init(loop: UVLoop) throws(UVError) {
        let status = uv_signal_init(loop.pointer, handle.pointer)
        if status < 0 { handle.freeUnregistered(); throw UVError(status) }
        handle.retain(self)
    }

    /// Calls `body` with the signal number each time `signal` arrives.
    public func start(_ signal: Int32, _ body: @escaping (Int32) -> Void) throws(UVError) {
        guard state == .idle else { return }
        onSignal = body
        try UVError.check(uv_signal_start(handle.pointer, { signalHandle, number in
            guard let signalHandle else { return }
            UVHandle<uv_signal_t>.owner(UnsafeMutableRawPointer(signalHandle), as: UVSignal.self).onSignal?(number)
        }, signal))
        state = .watching
    }

    /// Keeps the loop from waiting on this watcher alone.
    public func unref() { uv_unref(handle.raw) }

    public func close() {
        guard state == .idle || state == .watching else { return }
        state = .closing
        onSignal = nil
        handle.close()
    }

    func handleDidClose() { state = .closed }
}
