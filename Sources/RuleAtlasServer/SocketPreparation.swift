import RuleAtlasSupport
#if canImport(Glibc)
import Glibc
#endif

/// Readies a socket path before binding: length, directory, leftovers, live daemons.
enum SocketPreparation {
    /// Creates the socket's directory (0700) when missing, refuses an over-long path,
    /// removes a leftover socket file only when a connect to it is refused, and refuses
    /// to start when a daemon answers there.
    static func prepare(_ socket: SocketPath) throws(ServerStartError) {
        if let problem = socket.lengthProblem { throw ServerStartError(problem) }
        try ensureDirectory(socket.directory, privateFallback: socket.source == .temporary)
        try clearLeftover(socket.path)
    }

    private static func ensureDirectory(_ directory: String, privateFallback: Bool) throws(ServerStartError) {
        var info = stat()
        if lstat(directory, &info) != 0 {
            guard errno == ENOENT else { throw ServerStartError("cannot inspect \(directory): \(errnoText())") }
            if mkdirParents(directory) != 0 { throw ServerStartError("cannot create \(directory): \(errnoText())") }
            return
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw ServerStartError("\(directory) exists and is not a directory") }
        // The shared /tmp fallback must be ours and private, or another user could
        // put a socket of their own in our place.
        if privateFallback {
            guard info.st_uid == getuid() else { throw ServerStartError("\(directory) belongs to uid \(info.st_uid), not to us (uid \(getuid()))") }
            if info.st_mode & 0o077 != 0 { chmod(directory, 0o700) }
        }
    }

    /// `mkdir -p` with mode 0700 on every directory it creates.
    private static func mkdirParents(_ directory: String) -> Int32 {
        var path = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/", omittingEmptySubsequences: true) {
            path += "/" + component
            if mkdir(path, 0o700) != 0 && errno != EEXIST { return -1 }
        }
        return 0
    }

    private static func clearLeftover(_ path: String) throws(ServerStartError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFSOCK else {
            throw ServerStartError("\(path) exists and is not a socket; remove it or choose another path with --socket")
        }
        switch probe(path) {
        case .live:
            throw ServerStartError("a daemon is already listening on \(path); stop it first or choose another path with --socket")
        case .refused:
            if unlink(path) != 0 && errno != ENOENT { throw ServerStartError("cannot remove stale socket \(path): \(errnoText())") }
        case .failed(let reason):
            throw ServerStartError("cannot check \(path) for a running daemon: \(reason)")
        }
    }

    enum ProbeResult: Equatable { case live, refused, failed(String) }

    /// Connects once without blocking: accepted or backlog full means someone listens.
    static func probe(_ path: String) -> ProbeResult {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return .failed(errnoText()) }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes.prefix(raw.count - 1))
        }
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        if status == 0 { return .live }
        switch errno {
        case ECONNREFUSED, ENOENT: return .refused
        case EAGAIN, EINPROGRESS: return .live
        default: return .failed(errnoText())
        }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
