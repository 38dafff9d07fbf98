import CLibUV
#if canImport(Glibc)
import Glibc
#endif

/// The one place threads meet the loop: `post` from any thread, `receive` on the loop.
///
/// Each wake-up drains the whole queue in posting order; several posts before the loop
/// wakes cost one wake-up (`uv_async_send` coalesces).
public final class UVMailbox<Message: Sendable>: UVHandleOwner, UVDrainable, @unchecked Sendable {
    public enum State { case open, closing, closed }

    private let handle = UVHandle<uv_async_t>()
    private var mutex = pthread_mutex_t()
    /// Guarded by `mutex`.
    private var queue: [Message] = []
    /// Loop thread only.
    public private(set) var state = State.open
    private var receive: (([Message]) -> Void)?

    /// `receive` runs on the loop thread with every message posted since the last call.
    public init(loop: UVLoop, receive: @escaping ([Message]) -> Void) throws(UVError) {
        self.receive = receive
        pthread_mutex_init(&mutex, nil)
        let status = uv_async_init(loop.pointer, handle.pointer) { async in
            guard let async else { return }
            (UVHandle<uv_async_t>.owner(UnsafeMutableRawPointer(async), as: AnyObject.self) as? UVDrainable)?.drain()
        }
        if status < 0 { handle.freeUnregistered(); throw UVError(status) }
        handle.retain(self)
    }

    deinit { pthread_mutex_destroy(&mutex) }

    /// Queues `message` and wakes the loop. Safe from any thread, until `close()`.
    public func post(_ message: Message) {
        pthread_mutex_lock(&mutex)
        queue.append(message)
        pthread_mutex_unlock(&mutex)
        uv_async_send(handle.pointer)
    }

    func drain() {
        pthread_mutex_lock(&mutex)
        let messages = queue
        queue.removeAll()
        pthread_mutex_unlock(&mutex)
        if !messages.isEmpty { receive?(messages) }
    }

    /// Keeps the loop from waiting on this mailbox alone.
    public func unref() { uv_unref(handle.raw) }

    /// Loop thread only. Messages posted afterwards are dropped.
    public func close() {
        guard state == .open else { return }
        state = .closing
        receive = nil
        handle.close()
    }

    func handleDidClose() { state = .closed }
}

/// Lets the non-generic async callback reach a generic mailbox.
protocol UVDrainable: AnyObject {
    func drain()
}
