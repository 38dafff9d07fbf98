import Foundation
import RuleAtlasIndex
import RuleAtlasServer
import RuleAtlasTestSupport
import RuleAtlasUV

/// A temporary rules root with Sigma files, a real loop and a coordinator watching it.
final class ReloadFixture {
    let root: String
    let loop: UVLoop
    let store: SnapshotStore
    let coordinator: ReloadCoordinator
    var outcomes: [ReloadOutcome] = []
    private let keepAlive: UVTimer

    init(files: [String: String] = [:], debounceMs: UInt64 = 20, rootPollMs: UInt64 = 50) throws {
        root = try Self.makeTemporaryDirectory()
        for (path, text) in files { try Self.write(root + "/" + path, text) }
        loop = try UVLoop()
        let builder = IndexBuilder(roots: [root])
        store = SnapshotStore(builder.build())
        coordinator = try ReloadCoordinator(
            loop: loop, store: store, planner: ReloadPlanner(builder: builder),
            settings: ReloadSettings(debounceMs: debounceMs, rootPollMs: rootPollMs))
        keepAlive = try UVTimer(loop: loop)
        keepAlive.start(after: 5, repeatEvery: 5) {}
        coordinator.onReload.append { [unowned self] in self.outcomes.append($0) }
        coordinator.start()
    }

    deinit {
        coordinator.close()
        keepAlive.close()
        try? FileManager.default.removeItem(atPath: root)
    }

    static func makeTemporaryDirectory() throws -> String {
        var template = Array((NSTemporaryDirectory() + "ruleatlas-reload-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        return String(cString: made)
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    func write(_ relative: String, _ text: String) throws { try Self.write(path(relative), text) }

    static func write(_ full: String, _ text: String) throws {
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: false, encoding: .utf8)
    }

    /// Writes to a temporary name and renames over `relative`, as editors save.
    func save(_ relative: String, _ text: String) throws {
        try write(relative + ".tmp~", text)
        guard rename(path(relative + ".tmp~"), path(relative)) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    func remove(_ relative: String) throws { try FileManager.default.removeItem(atPath: path(relative)) }

    func move(_ from: String, _ to: String) throws {
        guard rename(path(from), path(to)) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Runs the loop until `done` holds or `timeoutMs` passes; returns `done()`.
    @discardableResult
    func spin(timeoutMs: Double = 5_000, until done: () -> Bool) -> Bool {
        let start = Date()
        while !done() {
            if Date().timeIntervalSince(start) * 1000 > timeoutMs { return false }
            loop.runOnce(wait: true)
        }
        return true
    }

    /// Runs the loop until a reload past `generation` is published and nothing is pending.
    @discardableResult
    func settle(after generation: Int, timeoutMs: Double = 5_000) -> Bool {
        spin(timeoutMs: timeoutMs) { store.current.generation > generation && coordinator.state == .idle }
    }

    /// A full rescan as `server.reload` asks for it: runs the loop until its answer (the
    /// generation, nil when the coordinator closed) comes back.
    func reload(timeoutMs: Double = 10_000) -> Int? {
        var answer: Int?? = nil
        coordinator.reload { answer = .some($0) }
        spin(timeoutMs: timeoutMs) { answer != nil }
        return answer ?? nil
    }

    /// Runs the loop for `ms` milliseconds whatever happens.
    func idle(ms: Double) { _ = spin(timeoutMs: ms) { false } }

    var snapshot: IndexSnapshot { store.current }
}
