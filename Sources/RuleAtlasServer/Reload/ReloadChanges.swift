/// What the watchers saw since the last rebuild started: files and directories to look
/// at again, or a full rescan of every root.
///
/// Paths are as the watchers name them (`root/sub/name`), the same strings the corpus
/// scan produces, so they match the snapshot's file paths.
public struct ReloadChanges: Sendable, Equatable {
    /// Candidate rule files created, written, renamed or deleted.
    public var files: Set<String> = []
    /// Directories (or names that may have been directories) whose whole subtree is read
    /// again: created, renamed, deleted, or a watcher that reported no name or failed.
    public var directories: Set<String> = []
    /// Every root is scanned again (`SIGHUP`, `server.reload`).
    public var full = false

    public init(files: Set<String> = [], directories: Set<String> = [], full: Bool = false) {
        self.files = files
        self.directories = directories
        self.full = full
    }

    public var isEmpty: Bool { files.isEmpty && directories.isEmpty && !full }

    /// Paths waiting, for `server.status` (a full rescan counts one).
    public var count: Int { files.count + directories.count + (full ? 1 : 0) }

    public mutating func merge(_ other: ReloadChanges) {
        files.formUnion(other.files)
        directories.formUnion(other.directories)
        full = full || other.full
    }

    /// Takes everything, leaving this empty.
    mutating func take() -> ReloadChanges {
        defer { self = ReloadChanges() }
        return self
    }
}
