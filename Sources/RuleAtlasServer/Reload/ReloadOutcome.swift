import RuleAtlasIndex
import RuleAtlasModel

/// What one rebuild produced: the next snapshot (nil when nothing differed), the
/// effective changes and, when directories changed, the directories to watch.
public struct ReloadOutcome: Sendable {
    /// The new snapshot, generation + 1; nil when every file read back as it was.
    public var snapshot: IndexSnapshot?
    /// Files whose indexed content differs from the previous snapshot, in path order.
    public var changed: [String] = []
    /// Rules (by vendor and id) new in this generation, gone from it, or changed in it
    /// (content, file, or position).
    public var added = 0
    public var removed = 0
    public var updated = 0
    /// Diagnostics of the changed files, including the "last good version kept" ones.
    public var diagnostics: [Diagnostic] = []
    /// Every directory under the roots with its identity, when the rebuild looked at
    /// directories (subtree changes, full rescans); nil when only files changed.
    public var directories: [String: DirectoryIdentity]?
    /// Files read again.
    public var filesRead = 0
    /// Wall time of the rebuild in milliseconds.
    public var milliseconds = 0.0
    public var full = false
}

/// A directory's device and inode: a path deleted and created again is another directory.
public struct DirectoryIdentity: Sendable, Hashable {
    public var device: UInt64
    public var inode: UInt64

    public init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }
}
