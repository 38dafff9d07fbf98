#if canImport(Glibc)
import Glibc
#endif

/// Where the daemon listens and the CLI connects, resolved the same way by both.
///
/// Order: `--socket PATH`, `$RULEATLAS_SOCKET`, `$XDG_RUNTIME_DIR/ruleatlas.sock`,
/// `/tmp/ruleatlas-$UID/ruleatlas.sock`. Empty values count as unset.
public struct SocketPath: Sendable, Equatable, CustomStringConvertible {
    public enum Source: String, Sendable { case flag = "--socket", environment = "$RULEATLAS_SOCKET", runtimeDirectory = "$XDG_RUNTIME_DIR", temporary = "/tmp fallback" }

    /// The longest path `sun_path` holds with its terminating zero.
    public static let maxBytes = 107

    public let path: String
    public let source: Source

    public init(path: String, source: Source) {
        self.path = path
        self.source = source
    }

    public var description: String { path }

    /// Resolves from a flag value, an environment and the caller's uid.
    public static func resolve(flag: String?, environment: [String: String], uid: UInt32) -> SocketPath {
        if let flag, !flag.isEmpty { return SocketPath(path: flag, source: .flag) }
        if let env = environment["RULEATLAS_SOCKET"], !env.isEmpty { return SocketPath(path: env, source: .environment) }
        if let runtime = environment["XDG_RUNTIME_DIR"], !runtime.isEmpty {
            return SocketPath(path: joined(runtime, "ruleatlas.sock"), source: .runtimeDirectory)
        }
        return SocketPath(path: "/tmp/ruleatlas-\(uid)/ruleatlas.sock", source: .temporary)
    }

    /// Resolves from the process's own environment and uid.
    public static func resolve(flag: String?) -> SocketPath {
        resolve(flag: flag, environment: processEnvironment(), uid: getuid())
    }

    /// The directory holding the socket (`.` for a bare name).
    public var directory: String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Nil when the path fits in `sun_path`, else the message to show.
    public var lengthProblem: String? {
        let length = path.utf8.count
        if length == 0 { return "the socket path is empty" }
        if length > Self.maxBytes {
            return "socket path is \(length) bytes, over the \(Self.maxBytes)-byte limit of Unix sockets: \(path) (choose a shorter one with --socket or RULEATLAS_SOCKET)"
        }
        return nil
    }

    private static func joined(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// `environ` as a dictionary.
    public static func processEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        var cursor = environ
        while let entry = cursor.pointee {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "=") {
                result[String(text[..<eq])] = String(text[text.index(after: eq)...])
            }
            cursor += 1
        }
        return result
    }
}
