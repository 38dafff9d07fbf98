import RuleAtlasSupport
import RuleAtlasUV
#if canImport(Glibc)
import Glibc
#endif

/// How the daemon got its listening socket, which decides who removes the file.
enum ListenerOrigin: Equatable {
    /// Bound by us at this path: unlinked at shutdown.
    case bound(path: String)
    /// Passed by systemd (`LISTEN_FDS`): left alone.
    case activated(fd: Int32)
}

enum ListenerSetup {
    /// The first passed descriptor when systemd socket activation applies to this process.
    ///
    /// `LISTEN_PID` must name this process; the variables are then removed so children
    /// do not inherit them.
    static func activatedDescriptor(environment: [String: String]) -> Int32? {
        guard let fds = environment["LISTEN_FDS"].flatMap({ Int($0) }), fds >= 1 else { return nil }
        if let pid = environment["LISTEN_PID"].flatMap({ Int32($0) }), pid != getpid() { return nil }
        unsetenv("LISTEN_FDS")
        unsetenv("LISTEN_PID")
        unsetenv("LISTEN_FDNAMES")
        return 3
    }

    /// Creates the listener: the activated socket, or a new one at the resolved path
    /// created with `mode` (umask held around bind, so no window with wider permissions).
    static func makeListener(loop: UVLoop, options: ServerOptions, environment: [String: String]) throws(ServerStartError) -> (UVPipeListener, ListenerOrigin) {
        let listener: UVPipeListener
        do { listener = try UVPipeListener(loop: loop) } catch { throw ServerStartError("cannot create listener: \(error)") }
        if let fd = activatedDescriptor(environment: environment) {
            do { try listener.open(fd: fd) } catch {
                listener.close()
                throw ServerStartError("cannot adopt socket-activated descriptor \(fd): \(error)")
            }
            return (listener, .activated(fd: fd))
        }
        let socket = options.socketPath
        do { try SocketPreparation.prepare(socket) } catch {
            listener.close()
            throw error
        }
        let previous = umask(mode_t(~options.socketMode & 0o777))
        var bindError: UVError?
        do { try listener.bind(path: socket.path) } catch { bindError = error }
        umask(previous)
        if let bindError {
            listener.close()
            throw ServerStartError("cannot listen on \(socket.path): \(bindError)")
        }
        return (listener, .bound(path: socket.path))
    }
}
