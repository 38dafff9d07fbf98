import CLibUV

/// One accepted Unix-socket connection: reads handed off as they arrive, writes queued.
///
/// Output has one owner at a time: bytes passed to `write` are copied into `pending`;
/// while a write is in flight its bytes sit in `inFlight`, untouched until the write
/// callback. `queuedBytes` is what the peer has not taken yet, so the owner can stop
/// reading a slow client or drop it. Loop thread only.
public final class UVConnection: UVHandleOwner {
    public enum State: Equatable { case open, closing, closed }

    let handle = UVHandle<uv_pipe_t>()
    private let writeRequest: UnsafeMutablePointer<uv_write_t>
    public unowned let loop: UVLoop
    public private(set) var state = State.open
    public private(set) var isReading = false
    /// Set once at accept; nil when the kernel gave no credentials.
    public private(set) var peer: PeerCredentials?

    /// Each chunk as read; the bytes are valid only during the call.
    public var onRead: ((UnsafeRawBufferPointer) -> Void)?
    /// The peer closed (`UVError.endOfFile`) or a read or write failed. Reading has stopped.
    public var onEnd: ((UVError) -> Void)?
    /// A write finished and `queuedBytes` shrank.
    public var onWriteProgress: (() -> Void)?
    /// libuv has released the handle; the last callback.
    public var onClose: (() -> Void)?

    private var pending = UVByteBuffer()
    private var inFlight = UVByteBuffer()
    private var writing = false
    private var closeWhenFlushed = false
    /// Loop time (ms) when output last moved, or when the queue was last empty.
    public private(set) var lastWriteProgress: UInt64

    /// Bytes written by the owner that the peer has not taken yet.
    public var queuedBytes: Int { pending.count + inFlight.count }

    init(loop: UVLoop) throws(UVError) {
        self.loop = loop
        writeRequest = .allocate(capacity: 1)
        lastWriteProgress = loop.now
        let status = uv_pipe_init(loop.pointer, handle.pointer, 0)
        if status < 0 {
            handle.freeUnregistered()
            writeRequest.deallocate()
            throw UVError(status)
        }
        handle.retain(self)
        writeRequest.pointee.data = Unmanaged.passUnretained(self).toOpaque()
    }

    /// Adopts an accepted stream; reads peer credentials.
    func didAccept() {
        var fd: uv_os_fd_t = -1
        if uv_fileno(handle.raw, &fd) == 0 { peer = PeerCredentials.of(fd: fd) }
    }

    // MARK: Reading

    /// Starts (or resumes) delivering `onRead`.
    public func startReading() {
        guard state == .open, !isReading else { return }
        let status = uv_read_start(handle.stream, { stream, _, buffer in
            let loop = UVLoop.from(stream!.pointee.loop)
            buffer!.pointee = uv_buf_init(loop.readBuffer.assumingMemoryBound(to: CChar.self), UInt32(UVLoop.readBufferSize))
        }, { stream, nread, buffer in
            let owner = UVHandle<uv_pipe_t>.owner(UnsafeMutableRawPointer(stream!), as: UVConnection.self)
            if nread > 0 {
                owner.onRead?(UnsafeRawBufferPointer(start: buffer!.pointee.base, count: nread))
            } else if nread < 0 {
                owner.stopReading()
                owner.onEnd?(UVError(Int32(nread)))
            }
        })
        if status < 0 { onEnd?(UVError(status)); return }
        isReading = true
    }

    /// Stops delivering `onRead` (back-pressure); the kernel buffers, then the peer blocks.
    public func stopReading() {
        guard isReading else { return }
        uv_read_stop(handle.stream)
        isReading = false
    }

    // MARK: Writing

    /// Queues `bytes` (copied) for the peer, writing at once when nothing is queued.
    public func write(_ bytes: UnsafeRawBufferPointer) {
        guard state == .open, !closeWhenFlushed, bytes.count > 0 else { return }
        if writing || !pending.isEmpty {
            pending.append(bytes)
            return
        }
        var buffer = uv_buf_init(UnsafeMutableRawPointer(mutating: bytes.baseAddress!).assumingMemoryBound(to: CChar.self), UInt32(bytes.count))
        let written = uv_try_write(handle.stream, &buffer, 1)
        if written == bytes.count {
            lastWriteProgress = loop.now
            return
        }
        let done = written > 0 ? Int(written) : 0
        pending.append(UnsafeRawBufferPointer(rebasing: bytes[done...]))
        lastWriteProgress = loop.now
        startWrite()
    }

    public func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    private func startWrite() {
        swap(&pending, &inFlight)
        pending.clear()
        var buffer = uv_buf_init(inFlight.base!.assumingMemoryBound(to: CChar.self), UInt32(inFlight.count))
        let status = uv_write(writeRequest, handle.stream, &buffer, 1) { request, status in
            let owner = Unmanaged<UVConnection>.fromOpaque(request!.pointee.data).takeUnretainedValue()
            owner.writeDidFinish(status)
        }
        if status < 0 {
            inFlight.clear()
            onEnd?(UVError(status))
            return
        }
        writing = true
    }

    private func writeDidFinish(_ status: Int32) {
        writing = false
        inFlight.clear()
        guard state == .open else { return }
        if status < 0 {
            stopReading()
            onEnd?(UVError(status))
            return
        }
        lastWriteProgress = loop.now
        if !pending.isEmpty {
            startWrite()
        } else if closeWhenFlushed {
            close()
            return
        }
        onWriteProgress?()
    }

    // MARK: Closing

    /// Stops reading and closes once everything queued has been written.
    public func closeAfterFlush() {
        guard state == .open else { return }
        stopReading()
        if queuedBytes == 0 { close() } else { closeWhenFlushed = true }
    }

    /// Closes now, dropping queued output. `onClose` follows from the loop.
    public func close() {
        guard state == .open else { return }
        state = .closing
        isReading = false
        handle.close()
    }

    func handleDidClose() {
        state = .closed
        pending.free()
        inFlight.free()
        writeRequest.deallocate()
        let done = onClose
        onRead = nil
        onEnd = nil
        onWriteProgress = nil
        onClose = nil
        done?()
    }
}
