import Foundation

/// The rule file the reload benchmark edits: its path, original text and rule id.
struct EditTarget: Sendable {
    var path: String
    var text: String
    var id: String
}

extension ReloadBench {
    /// A Sigma rule file under `root` with a top-level `title:` and `id:` line.
    static func editTarget(_ root: String) -> EditTarget? {
        let preferred = root + "/windows/process_creation/proc_creation_win_sc_create_service.yml"
        var candidates = [preferred]
        if let all = FileManager.default.enumerator(atPath: root) {
            candidates += all.compactMap { $0 as? String }.filter { $0.hasSuffix(".yml") }.prefix(50).map { root + "/" + $0 }
        }
        for path in candidates {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            guard lines.contains(where: { $0.hasPrefix("title:") }),
                  let idLine = lines.first(where: { $0.hasPrefix("id:") }) else { continue }
            let id = idLine.dropFirst(3).trimmingCharacters(in: .whitespaces)
            return EditTarget(path: path, text: text, id: id)
        }
        return nil
    }

    /// Saves `target` with `title` as an editor does (write a temporary file, rename it
    /// over); returns the monotonic time the rename finished.
    @discardableResult
    static func save(_ target: EditTarget, title: String) -> Double {
        let edited = target.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("title:") ? "title: \(title)" : String($0) }.joined(separator: "\n")
        let temporary = target.path + ".tmp~"
        try? edited.write(toFile: temporary, atomically: false, encoding: .utf8)
        rename(temporary, target.path)
        return nowMs()
    }
}

/// Keeps editing one rule file (every 150 ms) on its own thread, so the daemon reloads
/// continuously while queries are measured.
final class ContinuousWriter: @unchecked Sendable {
    private let target: EditTarget
    private let lock = NSLock()
    private var running = false
    private var thread: Thread?

    init(target: EditTarget) { self.target = target }

    func start() {
        lock.withLock { running = true }
        let thread = Thread { [self] in
            var n = 0
            while lock.withLock({ running }) {
                ReloadBench.save(target, title: "Continuous edit \(n)")
                n += 1
                usleep(150_000)
            }
        }
        self.thread = thread
        thread.start()
    }

    func stop() {
        lock.withLock { running = false }
        usleep(200_000)
    }
}
