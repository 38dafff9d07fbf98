import CLibUV

/// A listening Unix socket, bound to a path or adopted from an inherited descriptor.
///
/// When the process runs out of descriptors, libuv's reserved-descriptor trick accepts
/// and closes the waiting peers instead of spinning on a readable listener; the owner
/// sees `.failure(EMFILE)` once per such round and may pause with `pauseAccepting`.
public final class UVPipeListener: UVHandleOwner {
    public enum State: Equatable { case created, bound, listening, paused, closing, closed }

    private let handle = UVHandle<uv_pipe_t>()
    public unowned let loop: UVLoop
    public private(set) var state = State.created
    private var onConnection: ((Result<UVConnection, UVError>) -> Void)?
    /// Closing the listener never touches the file system; removing the path is the owner's job.
    public var onClose: (() -> Void)?

    public init(loop: UVLoop) throws(UVError) {
        self.loop = loop
        let status = uv_pipe_init(loop.pointer, handle.pointer, 0)
        if status < 0 { handle.freeUnregistered(); throw UVError(status) }
        handle.retain(self)
    }

    /// Binds to `path` (the caller checks its length; libuv would truncate past 107 bytes).
    public func bind(path: String) throws(UVError) {
        try UVError.check(uv_pipe_bind(handle.pointer, path))
        state = .bound
    }

    /// Adopts an already bound and listening socket (systemd socket activation).
    public func open(fd: Int32) throws(UVError) {
        try UVError.check(uv_pipe_open(handle.pointer, fd))
        state = .bound
    }

    /// The descriptor of the listening socket.
    public var fileDescriptor: Int32? {
        var fd: uv_os_fd_t = -1
        return uv_fileno(handle.raw, &fd) == 0 ? fd : nil
    }

    /// Starts accepting; every accepted connection (not yet reading) goes to `body`.
    public func listen(backlog: Int32 = 511, _ body: @escaping (Result<UVConnection, UVError>) -> Void) throws(UVError) {
        onConnection = body
        try UVError.check(uv_listen(handle.stream, backlog) { server, status in
            let owner = UVHandle<uv_pipe_t>.owner(UnsafeMutableRawPointer(server!), as: UVPipeListener.self)
            owner.accept(status)
        })
        state = .listening
    }

    private func accept(_ status: Int32) {
        guard status >= 0 else {
            onConnection?(.failure(UVError(status)))
            return
        }
        guard state == .listening else { return }  // paused: libuv keeps the peer pending
        let connection: UVConnection
        do {
            connection = try UVConnection(loop: loop)
        } catch {
            onConnection?(.failure(error))
            return
        }
        let accepted = uv_accept(handle.stream, connection.handle.stream)
        if accepted < 0 {
            connection.close()
            if accepted == UV_EAGAIN.rawValue { return }  // resumed with nobody waiting
            onConnection?(.failure(UVError(accepted)))
            return
        }
        connection.didAccept()
        onConnection?(.success(connection))
    }

    /// Stops taking new peers until `resumeAccepting` (they wait in the kernel backlog).
    public func pauseAccepting() {
        guard state == .listening else { return }
        state = .paused
    }

    public func resumeAccepting() {
        guard state == .paused else { return }
        state = .listening
        // libuv stopped polling when a pending peer was left unaccepted; taking it restarts polling.
        accept(0)
    }

    public func close() {
        guard state != .closing, state != .closed else { return }
        state = .closing
        onConnection = nil
        handle.close()
    }

    func handleDidClose() {
        state = .closed
        let done = onClose
        onClose = nil
        done?()
    }
}
