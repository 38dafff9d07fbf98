#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RuleAtlasModel

/// Walks `--rules` roots recursively and lists candidate rule files in path order.
///
/// Symbolic links are followed, but a directory already visited (same device and inode)
/// is not entered again, so link loops end. Missing or unreadable directories become
/// diagnostics. Candidates are `.yml`, `.yaml` and `.toml` files; everything else is not
/// looked at.
public struct CorpusScanner: Sendable {
    public static let extensions = [".yml", ".yaml", ".toml"]

    public init() {}

    public struct Result: Sendable {
        /// Candidate files, sorted by path (code point order, the same as byte order), each listed once.
        public var paths: [String]
        public var diagnostics: [Diagnostic]
    }

    public func scan(roots: [String]) -> Result {
        var paths: [String] = []
        var diagnostics: [Diagnostic] = []
        var visited = Set<DirID>()
        for root in roots {
            var st = stat()
            guard stat(root, &st) == 0 else {
                diagnostics.append(Diagnostic(.error, "cannot read rules root: \(errnoText())", at: SourceLocation(path: root)))
                continue
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walk(root, &visited, &paths, &diagnostics)
            } else if Self.isCandidate(root) {
                paths.append(root)
            }
        }
        var seen = Set<String>()
        paths = paths.filter { seen.insert($0).inserted }
        paths.sort()
        return Result(paths: paths, diagnostics: diagnostics)
    }

    public static func isCandidate(_ path: String) -> Bool {
        let lower = path.lowercasedFast()
        return extensions.contains { lower.hasSuffix($0) }
    }

    private struct DirID: Hashable {
        var dev: UInt64
        var ino: UInt64
    }

    private func walk(_ dir: String, _ visited: inout Set<DirID>, _ paths: inout [String], _ diagnostics: inout [Diagnostic]) {
        var st = stat()
        guard stat(dir, &st) == 0 else { return }
        guard visited.insert(DirID(dev: UInt64(st.st_dev), ino: UInt64(st.st_ino))).inserted else { return }
        guard let d = opendir(dir) else {
            diagnostics.append(Diagnostic(.error, "cannot read directory: \(errnoText())", at: SourceLocation(path: dir)))
            return
        }
        var names: [(name: String, type: UInt8)] = []
        while let entry = readdir(d) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." || name.hasPrefix(".") { continue }
            names.append((name, entry.pointee.d_type))
        }
        closedir(d)
        let prefix = dir.hasSuffix("/") ? dir : dir + "/"
        for (name, type) in names {
            let path = prefix + name
            // The entry type saves a stat for plain files and folders; links and file
            // systems that do not report types are looked up.
            if type == UInt8(DT_REG) {
                if Self.isCandidate(path) { paths.append(path) }
                continue
            }
            if type == UInt8(DT_DIR) {
                walk(path, &visited, &paths, &diagnostics)
                continue
            }
            var est = stat()
            guard stat(path, &est) == 0 else {
                var lst = stat()
                if lstat(path, &lst) == 0, (lst.st_mode & S_IFMT) == S_IFLNK, !Self.isCandidate(path) { continue }
                diagnostics.append(Diagnostic(.error, "cannot stat: \(errnoText())", at: SourceLocation(path: path)))
                continue
            }
            switch est.st_mode & S_IFMT {
            case S_IFDIR: walk(path, &visited, &paths, &diagnostics)
            case S_IFREG: if Self.isCandidate(path) { paths.append(path) }
            default: continue
            }
        }
    }
}

func errnoText() -> String {
    String(cString: strerror(errno))
}
