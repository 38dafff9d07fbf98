import Dispatch

/// One rebuild handed to the worker: its input, and its outcome once done.
///
/// The worker sets `outcome` before signalling and before posting the job to the loop's
/// mailbox; the loop reads it after either, so the write is visible.
final class ReloadJob: @unchecked Sendable {
    let changes: ReloadChanges
    /// Loop thread only: `server.reload` callers answered when this rebuild is published.
    var waiters: [(Int?) -> Void] = []
    private let done = DispatchSemaphore(value: 0)
    private var result: ReloadOutcome?

    init(_ changes: ReloadChanges) { self.changes = changes }

    /// Worker thread: stores the outcome and wakes anyone waiting.
    func complete(_ outcome: ReloadOutcome) {
        result = outcome
        done.signal()
    }

    /// The outcome, after the worker posted the job.
    var outcome: ReloadOutcome? { result }

    /// Blocks until the worker finished (loop thread, at shutdown only).
    func wait() -> ReloadOutcome? {
        done.wait()
        done.signal()
        return result
    }
}
