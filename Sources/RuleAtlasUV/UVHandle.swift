import CLibUV

/// Storage and lifetime of one libuv handle owned by a Swift object.
///
/// The owner is retained in `handle.data` from `init` until libuv calls the close
/// callback, which is the only place the retain is released and the handle memory
/// freed. Until `close()` the owner therefore stays alive even when nobody else
/// holds it, exactly as long as libuv may call back into it.
struct UVHandle<Handle> {
    let pointer: UnsafeMutablePointer<Handle>

    init() {
        let raw = UnsafeMutableRawPointer.allocate(byteCount: MemoryLayout<Handle>.size, alignment: MemoryLayout<Handle>.alignment)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: MemoryLayout<Handle>.size)
        pointer = raw.bindMemory(to: Handle.self, capacity: 1)
    }

    var raw: UnsafeMutablePointer<uv_handle_t> {
        UnsafeMutableRawPointer(pointer).assumingMemoryBound(to: uv_handle_t.self)
    }
    var stream: UnsafeMutablePointer<uv_stream_t> {
        UnsafeMutableRawPointer(pointer).assumingMemoryBound(to: uv_stream_t.self)
    }

    /// Stores a retained reference to `owner` in `handle.data` (after `uv_*_init` succeeded).
    func retain(_ owner: UVHandleOwner) {
        raw.pointee.data = Unmanaged<AnyObject>.passRetained(owner).toOpaque()
    }

    /// Frees the memory of a handle whose init failed (no retain taken, libuv never saw it).
    func freeUnregistered() { UnsafeMutableRawPointer(pointer).deallocate() }

    /// Starts closing; `owner.handleDidClose()` runs from the close callback.
    func close() {
        if uv_is_closing(raw) == 0 { uv_close(raw, uvCloseReleasingOwner) }
    }

    /// The owner stored in `data` of a handle passed to a C callback, unretained.
    @inline(__always)
    static func owner<T: AnyObject>(_ handle: UnsafeMutableRawPointer, as: T.Type) -> T {
        let data = handle.assumingMemoryBound(to: uv_handle_t.self).pointee.data!
        return Unmanaged<T>.fromOpaque(data).takeUnretainedValue()
    }
}

/// A Swift object owning a libuv handle; told once libuv has finished with it.
protocol UVHandleOwner: AnyObject {
    func handleDidClose()
}

/// The single close callback: release the owner's retain, tell it, free the memory.
let uvCloseReleasingOwner: uv_close_cb = { handle in
    guard let handle else { return }
    if let data = handle.pointee.data {
        let owner = Unmanaged<AnyObject>.fromOpaque(data).takeRetainedValue()
        handle.pointee.data = nil
        (owner as? UVHandleOwner)?.handleDidClose()
    }
    UnsafeMutableRawPointer(handle).deallocate()
}
