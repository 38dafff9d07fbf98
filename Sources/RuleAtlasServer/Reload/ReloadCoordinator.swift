import Dispatch
import RuleAtlasIndex
import RuleAtlasUV

/// Follows the `--rules` roots on disk: watches every directory, coalesces bursts of
/// changes, rebuilds off the loop, and swaps the new snapshot in on the loop.
///
/// Everything but the rebuild itself runs on the loop thread. A rebuild runs on a serial
/// worker queue from the snapshot current when it started and comes back through a
/// `UVMailbox`; changes seen meanwhile wait for the next rebuild.
public final class ReloadCoordinator {
    public enum State: Equatable {
        /// Nothing pending.
        case idle
        /// Changes pending, waiting for the debounce timer.
        case debouncing
        /// A rebuild runs on the worker, nothing else pending.
        case rebuilding
        /// A rebuild runs and more changes arrived: another follows it.
        case rebuildingPending
    }

    /// Duration and size of the last finished rebuild.
    public struct Stats: Sendable, Equatable {
        public var milliseconds: Double
        public var files: Int
        public var generation: Int
    }

    public let store: SnapshotPublishing
    public let planner: ReloadPlanner
    public let settings: ReloadSettings
    let loop: UVLoop
    /// Loop thread only, like every property below.
    public private(set) var state = State.idle
    public private(set) var pending = ReloadChanges()
    public private(set) var lastReload: Stats?
    /// While held (the first load still running), changes are collected but no rebuild
    /// starts: a rebuild needs the loaded snapshot as its base.
    public private(set) var isHeld = false
    /// Called after each rebuild that produced a new generation, with the outcome.
    public var onReload: [(ReloadOutcome) -> Void] = []
    var watchers: [String: WatchedDirectory] = [:]
    /// Directories that could not be watched, with the reason.
    public internal(set) var unwatched: [String: String] = [:]
    private let debounceTimer: UVTimer
    private let rootTimer: UVTimer
    private var mailbox: UVMailbox<ReloadJob>?
    private var running: ReloadJob?
    private var firstPendingAt: UInt64 = 0
    /// `reload(then:)` callers waiting for the next rebuild to start.
    private var reloadWaiters: [(Int?) -> Void] = []
    private let worker = DispatchQueue(label: "ruleatlas.reload")
    /// Rebuilds stale views of a published snapshot and frees the one it replaced.
    private let warmer = DispatchQueue(label: "ruleatlas.reload.warm")
    private var closed = false

    public init(loop: UVLoop, store: SnapshotPublishing, planner: ReloadPlanner, settings: ReloadSettings = ReloadSettings()) throws(UVError) {
        self.loop = loop
        self.store = store
        self.planner = planner
        self.settings = settings
        debounceTimer = try UVTimer(loop: loop)
        rootTimer = try UVTimer(loop: loop)
        mailbox = try UVMailbox<ReloadJob>(loop: loop) { [weak self] jobs in
            for job in jobs { self?.didFinish(job) }
        }
        mailbox?.unref()
        debounceTimer.unref()
    }

    /// Watches every directory under the roots as they are now and starts checking the roots.
    public func start() {
        sync(DirectoryWalker.directories(under: planner.builder.roots), initial: true)
        rootTimer.start(after: settings.rootPollMs, repeatEvery: settings.rootPollMs) { [weak self] in self?.pollRoots() }
        rootTimer.unref()
    }

    /// Collects changes without rebuilding until `release()` (call before `start()` when
    /// the first snapshot is still loading, so no change between its scan and the
    /// watchers starting is lost).
    public func hold() { isHeld = true }

    /// Rebuilds what was collected while held, from the snapshot published meanwhile.
    public func release() {
        guard isHeld else { return }
        isHeld = false
        let waiters = reloadWaiters
        reloadWaiters = []
        for done in waiters { done(store.current.generation) }
        if !pending.isEmpty, state == .idle || state == .debouncing {
            if pending.full { startRebuild() } else { arm(restart: true) }
        }
    }

    /// Directories watched now.
    public var watchedDirectories: [String] { watchers.keys.sorted() }

    // MARK: Changes in

    /// Adds changes seen by a watcher (or a poll, or a signal) and schedules the rebuild.
    public func record(_ changes: ReloadChanges) {
        guard !closed, !changes.isEmpty else { return }
        pending.merge(changes)
        if isHeld { return }
        switch state {
        case .idle, .debouncing:
            if pending.full {
                debounceTimer.stop()
                startRebuild()
            } else {
                arm(restart: state == .idle)
            }
        case .rebuilding:
            state = .rebuildingPending
        case .rebuildingPending:
            break
        }
    }

    /// A full rescan as soon as possible, without waiting for it (`SIGHUP`).
    public func requestFullRescan() { record(ReloadChanges(full: true)) }

    /// A full rescan (`server.reload`) that does not block the loop: `done` gets the
    /// generation once a rebuild that started after this call has been swapped in (or
    /// found nothing new), or nil when the coordinator closes first. While held, the
    /// first load still running is that rescan: `done` waits for it.
    public func reload(then done: @escaping (Int?) -> Void) {
        guard !closed else { return done(nil) }
        reloadWaiters.append(done)
        if !isHeld { record(ReloadChanges(full: true)) }
    }

    private func arm(restart: Bool) {
        let now = loop.now
        if restart { firstPendingAt = now }
        state = .debouncing
        let waited = now &- firstPendingAt
        let left = settings.maxDelayMs > waited ? settings.maxDelayMs - waited : 0
        debounceTimer.start(after: Swift.min(settings.debounceMs, left)) { [weak self] in self?.startRebuild() }
    }

    // MARK: Rebuilds

    private func startRebuild() {
        guard running == nil, !closed, !isHeld else { return }
        guard !pending.isEmpty, let mailbox else {
            state = .idle
            return
        }
        let job = ReloadJob(pending.take())
        job.waiters = reloadWaiters
        reloadWaiters = []
        running = job
        state = .rebuilding
        let previous = store.current
        let planner = self.planner
        worker.async {
            job.complete(planner.run(previous: previous, changes: job.changes))
            mailbox.post(job)
        }
    }

    private func didFinish(_ job: ReloadJob) {
        guard job === running, let outcome = job.outcome else { return }
        running = nil
        publish(outcome)
        for done in job.waiters { done(store.current.generation) }
        if pending.isEmpty {
            state = .idle
        } else if pending.full {
            startRebuild()
        } else {
            arm(restart: true)
        }
    }

    /// Swaps the snapshot in, updates the watchers and tells the listeners.
    ///
    /// Technique aggregates not made yet (an update during the first load's pass) and views
    /// the change made stale are then made beside the loop, and the old snapshot
    /// is dropped there, so freeing a generation never runs on the loop: the loop hands
    /// its reference over unmanaged, so the warmer's release is always the last one.
    private func publish(_ outcome: ReloadOutcome) {
        if let snapshot = outcome.snapshot {
            let old = Unmanaged.passRetained(store.current)
            store.publish(snapshot)
            let published = store.current
            warmer.async {
                let replaced = old.takeRetainedValue()
                published.makeTechniqueAggregates()
                published.warmViews(like: replaced)
            }
        }
        lastReload = Stats(milliseconds: outcome.milliseconds, files: outcome.filesRead, generation: store.current.generation)
        if let directories = outcome.directories { sync(directories) }
        guard outcome.snapshot != nil else { return }
        for listener in onReload { listener(outcome) }
    }

    // MARK: Shutdown

    /// Closes every handle; waits for a running rebuild so the worker never posts to a
    /// closed mailbox.
    public func close() {
        guard !closed else { return }
        closed = true
        let waiters = (running?.waiters ?? []) + reloadWaiters
        reloadWaiters = []
        _ = running?.wait()
        running = nil
        for done in waiters { done(nil) }
        debounceTimer.close()
        rootTimer.close()
        mailbox?.close()
        mailbox = nil
        for w in watchers.values { w.watcher.close() }
        watchers.removeAll()
        state = .idle
    }
}
