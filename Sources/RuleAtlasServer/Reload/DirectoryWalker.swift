#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists every directory under the `--rules` roots, the set the watchers cover.
///
/// Follows symbolic links like the corpus scan does and enters each directory (device
/// and inode) once, so link loops end; skips hidden names, as the scan does. A root that
/// is missing or not a directory contributes nothing.
enum DirectoryWalker {
    static func directories(under roots: [String]) -> [String: DirectoryIdentity] {
        var out: [String: DirectoryIdentity] = [:]
        var visited = Set<DirectoryIdentity>()
        for root in roots { walk(root, &visited, &out) }
        return out
    }

    /// The identity of `path` when it is a directory (following links).
    static func identity(of path: String) -> DirectoryIdentity? {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return DirectoryIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
    }

    private static func walk(_ dir: String, _ visited: inout Set<DirectoryIdentity>, _ out: inout [String: DirectoryIdentity]) {
        guard let id = identity(of: dir), visited.insert(id).inserted else { return }
        out[dir] = id
        guard let d = opendir(dir) else { return }
        var subdirectories: [String] = []
        let prefix = dir.hasSuffix("/") ? dir : dir + "/"
        while let entry = readdir(d) {
            let type = entry.pointee.d_type
            guard type == UInt8(DT_DIR) || type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) else { continue }
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            subdirectories.append(prefix + name)
        }
        closedir(d)
        for path in subdirectories { walk(path, &visited, &out) }
    }
}
