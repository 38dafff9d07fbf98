import RuleAtlasIndex
import RuleAtlasUV

/// One watched directory: its identity when the watcher started, and the watcher.
struct WatchedDirectory {
    var identity: DirectoryIdentity
    var watcher: UVFileWatcher
}

extension ReloadCoordinator {
    /// Makes the watchers cover exactly `directories`: closes those gone or replaced by
    /// another directory at the same path, starts one for each new directory.
    ///
    /// Unless `initial`, each new directory is read again once its watcher runs: files
    /// created in it after the rebuild's scan and before the watcher started made no event.
    func sync(_ directories: [String: DirectoryIdentity], initial: Bool = false) {
        var started = Set<String>()
        defer { if !initial, !started.isEmpty { record(ReloadChanges(directories: started)) } }
        for (path, watched) in watchers where directories[path] != watched.identity {
            watched.watcher.close()
            watchers[path] = nil
        }
        unwatched = unwatched.filter { directories[$0.key] != nil }
        for (path, identity) in directories where watchers[path] == nil {
            do throws(UVError) {
                let watcher = try UVFileWatcher(loop: loop)
                do throws(UVError) {
                    try watcher.start(path: path) { [weak self] result in self?.didObserve(result, in: path) }
                } catch {
                    watcher.close()
                    throw error
                }
                watchers[path] = WatchedDirectory(identity: identity, watcher: watcher)
                unwatched[path] = nil
                started.insert(path)
            } catch {
                unwatched[path] = error.description
            }
        }
    }

    private func didObserve(_ result: Result<UVFileWatcher.Change, UVError>, in directory: String) {
        switch result {
        case .failure:
            record(ReloadChanges(directories: [directory]))
        case .success(let change):
            if change.renamed, let name = change.name, name == Self.basename(directory), let watched = watchers[directory] {
                // The directory itself was deleted or moved: its watch is gone in the
                // kernel even if a new directory (maybe with the same inode) takes its place.
                watched.watcher.close()
                watchers[directory] = nil
                record(ReloadChanges(directories: [directory]))
            }
            if let changes = classify(directory: directory, name: change.name) { record(changes) }
        }
    }

    static func basename(_ path: String) -> String {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
    }

    /// What an event on `name` in `directory` means: a rule file to read again, a
    /// directory subtree to read again, or nothing (hidden names, editor backups and
    /// temporary files, other non-rule files).
    func classify(directory: String, name: String?) -> ReloadChanges? {
        guard let name, !name.isEmpty else { return ReloadChanges(directories: [directory]) }
        if name.hasPrefix(".") { return nil }
        let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
        if CorpusScanner.isCandidate(name) { return ReloadChanges(files: [path]) }
        if watchers[path] != nil || DirectoryWalker.identity(of: path) != nil {
            return ReloadChanges(directories: [path])
        }
        return nil
    }

    /// A root deleted, created again, or replaced since it was last watched: read its
    /// whole subtree again (which empties it when gone and watches it again when back).
    func pollRoots() {
        for root in planner.builder.roots {
            let now = DirectoryWalker.identity(of: root)
            if now != watchers[root]?.identity, now != nil || watchers[root] != nil || rootHasFiles(root) {
                record(ReloadChanges(directories: [root]))
            }
        }
    }

    private func rootHasFiles(_ root: String) -> Bool {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return store.current.files.contains { $0.file.path.hasPrefix(prefix) }
    }
}
