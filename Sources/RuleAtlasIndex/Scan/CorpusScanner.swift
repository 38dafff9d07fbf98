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

    /// Every candidate under `roots`; `found` sees each one as the walk reaches it (in
    /// walk order, a path reached twice seen twice), so reading can start before the walk ends.
    public func scan(roots: [String], found: (String) -> Void = { _ in }) -> Result {
        withoutActuallyEscaping(found) { found in
            var paths: [String] = []
            var diagnostics: [Diagnostic] = []
            var visited = Set<DirID>()
            let walker = Walker(found: found)
            for root in roots {
                var st = stat()
                guard stat(root, &st) == 0 else {
                    diagnostics.append(Diagnostic(.error, "cannot read rules root: \(errnoText())", at: SourceLocation(path: root)))
                    continue
                }
                if (st.st_mode & S_IFMT) == S_IFDIR {
                    walker.walk(root, &visited, &paths, &diagnostics)
                } else if Self.isCandidate(root) {
                    paths.append(root)
                    found(root)
                }
            }
            var seen = Set<String>()
            paths = paths.filter { seen.insert($0).inserted }
            paths.sort()
            return Result(paths: paths, diagnostics: diagnostics)
        }
    }

    public static func isCandidate(_ path: String) -> Bool {
        let lower = path.lowercasedFast()
        return extensions.contains { lower.hasSuffix($0) }
    }

    private struct DirID: Hashable {
        var dev: UInt64
        var ino: UInt64
    }

    /// The recursive walk, telling `found` of each candidate.
    private struct Walker {
        /// Sees each candidate as it is found.
        let found: (String) -> Void

        func walk(_ dir: String, _ visited: inout Set<DirID>, _ paths: inout [String], _ diagnostics: inout [Diagnostic]) {
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
                    if CorpusScanner.isCandidate(path) { candidate(path, &paths) }
                    continue
                }
                if type == UInt8(DT_DIR) {
                    walk(path, &visited, &paths, &diagnostics)
                    continue
                }
                var est = stat()
                guard stat(path, &est) == 0 else {
                    var lst = stat()
                    if lstat(path, &lst) == 0, (lst.st_mode & S_IFMT) == S_IFLNK, !CorpusScanner.isCandidate(path) { continue }
                    diagnostics.append(Diagnostic(.error, "cannot stat: \(errnoText())", at: SourceLocation(path: path)))
                    continue
                }
                switch est.st_mode & S_IFMT {
                case S_IFDIR: walk(path, &visited, &paths, &diagnostics)
                case S_IFREG: if CorpusScanner.isCandidate(path) { candidate(path, &paths) }
                default: continue
                }
            }
        }

        private func candidate(_ path: String, _ paths: inout [String]) {
            paths.append(path)
            found(path)
        }
    }
}

func errnoText() -> String {
    String(cString: strerror(errno))
}
