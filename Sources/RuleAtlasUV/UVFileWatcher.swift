import CLibUV

/// Watches a file or directory (inotify under libuv) and reports changed names.
public final class UVFileWatcher: UVHandleOwner {
    public enum State { case idle, watching, closing, closed }
    /// What happened to `name` (relative to the watched path; nil when unknown).
    public struct Change: Sendable {
        public var name: String?
        public var renamed: Bool
        public var changed: Bool
    }

    private let handle = UVHandle<uv_fs_event_t>()
    public private(set) var state = State.idle
    private var onChange: ((Result<Change, UVError>) -> Void)?

    public init(loop: UVLoop) throws(UVError) {
        let status = uv_fs_event_init(loop.pointer, handle.pointer)
        if status < 0 { handle.freeUnregistered(); throw UVError(status) }
        handle.retain(self)
    }

    /// Starts watching `path` (`recursive` is honoured by libuv on macOS and Windows only).
    public func start(path: String, recursive: Bool = false, _ body: @escaping (Result<Change, UVError>) -> Void) throws(UVError) {
        guard state == .idle else { return }
        onChange = body
        let flags = recursive ? UInt32(UV_FS_EVENT_RECURSIVE.rawValue) : 0
        try UVError.check(uv_fs_event_start(handle.pointer, { event, filename, events, status in
            guard let event else { return }
            let owner = UVHandle<uv_fs_event_t>.owner(UnsafeMutableRawPointer(event), as: UVFileWatcher.self)
            if status < 0 {
                owner.onChange?(.failure(UVError(status)))
                return
            }
            let change = Change(
                name: filename.map { String(cString: $0) },
                renamed: events & Int32(UV_RENAME.rawValue) != 0,
                changed: events & Int32(UV_CHANGE.rawValue) != 0)
            owner.onChange?(.success(change))
        }, path, flags))
        state = .watching
    }

    public func close() {
        guard state == .idle || state == .watching else { return }
        state = .closing
        onChange = nil
        handle.close()
    }

    func handleDidClose() { state = .closed }
}
