import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasUV

/// One client connection: bytes in, framed messages through the engine, replies out.
///
/// All replies produced by one read go out in one write, in the framing the client
/// used; a deferred reply goes out on its own when its handler completes it (dropped if
/// the connection is closing or closed by then). A framing error sends one -32700 (id null) and closes. Loop thread only.
final class ClientSession {
    enum State: Equatable {
        /// Reading and answering.
        case active
        /// Output over the soft cap: not reading until it drains.
        case throttled
        /// Replies queued, then close (framing error, shutdown, refused peer).
        case closing
        case closed
    }

    let id: UInt64
    let connection: UVConnection
    let context: RPCConnectionContext
    private let engine: RPCEngine
    private let limits: ServerLimits
    private(set) var state = State.active
    private var decoder: FramingDecoder
    /// Detected from the first byte, exactly as the decoder does.
    private var framing: Framing?
    /// Loop time the current partial message started, nil when none is buffered.
    private(set) var partialSince: UInt64?
    /// Why the connection ended, for the close log line.
    private(set) var endReason = "peer closed"
    /// Responses of the current read, framed; reused across reads.
    private var output: [UInt8] = []
    var onClosed: ((ClientSession) -> Void)?

    init(id: UInt64, connection: UVConnection, engine: RPCEngine, limits: ServerLimits) {
        self.id = id
        self.connection = connection
        self.engine = engine
        self.limits = limits
        decoder = FramingDecoder(limits: limits.framing)
        context = RPCConnectionContext(
            connectionID: id,
            peerUID: connection.peer?.uid ?? UInt32.max,
            peerPID: connection.peer?.pid ?? -1)
    }

    var peerUID: UInt32 { context.peerUID }
    var peerPID: Int32 { context.peerPID }

    func start() {
        context.deferredReplySink = { [weak self] body in self?.send(body) }
        connection.onRead = { [unowned self] bytes in self.didRead(bytes) }
        connection.onEnd = { [unowned self] error in self.didEnd(error) }
        connection.onWriteProgress = { [unowned self] in self.didWrite() }
        connection.onClose = { [unowned self] in
            self.state = .closed
            self.context.connectionClosed()
            self.onClosed?(self)
        }
        connection.startReading()
    }

    // MARK: Input

    private func didRead(_ bytes: UnsafeRawBufferPointer) {
        guard state == .active else { return }
        if framing == nil, let first = bytes.first {
            framing = first == UInt8(ascii: "C") || first == UInt8(ascii: "c") ? .contentLength : .newline
        }
        let framing = self.framing ?? .newline
        // A local buffer (moved out of the property and back) keeps the per-message
        // appends free of dynamic exclusivity checks.
        var out: [UInt8] = []
        swap(&out, &output)
        out.removeAll(keepingCapacity: true)
        let engine = self.engine, context = self.context
        do {
            try decoder.feed(bytes) { message in
                let start = out.count
                if engine.handle(message, context: context, into: &out) {
                    framing.frame(&out, bodyStart: start)
                }
            }
        } catch {
            framing.encode(Self.parseErrorBody(error), into: &out)
            connection.write(out)
            finish(reason: "framing error: \(error)")
            return
        }
        if !out.isEmpty { connection.write(out) }
        if out.count <= 256 << 10 { swap(&out, &output) }
        partialSince = decoder.hasPartialMessage ? (partialSince ?? connection.loop.now) : nil
        applyBackPressure()
    }

    private func didEnd(_ error: UVError) {
        if error != .endOfFile { endReason = error.description }
        connection.close()
    }

    // MARK: Output

    /// Queues one unframed message in the connection's framing (newline before any input).
    func send(_ message: [UInt8]) {
        guard state == .active || state == .throttled else { return }
        var framed: [UInt8] = []
        (framing ?? .newline).encode(message, into: &framed)
        connection.write(framed)
        applyBackPressure()
    }

    private func applyBackPressure() {
        let queued = connection.queuedBytes
        if queued > limits.outputHardCap {
            drop(reason: "output queue \(queued) bytes over the \(limits.outputHardCap)-byte cap")
        } else if queued > limits.outputSoftCap, state == .active {
            state = .throttled
            connection.stopReading()
        }
    }

    private func didWrite() {
        if state == .throttled, connection.queuedBytes <= limits.outputSoftCap / 2 {
            state = .active
            connection.startReading()
        }
    }

    // MARK: Ending

    /// Checks the write-stall and partial-message clocks; called by the server's sweep.
    func sweep(now: UInt64) {
        guard state == .active || state == .throttled else { return }
        if connection.queuedBytes > 0, now &- connection.lastWriteProgress > limits.writeStallMs {
            drop(reason: "write stalled for \(limits.writeStallMs) ms")
        } else if let since = partialSince, now &- since > limits.partialMessageMs {
            finish(reason: "partial message not completed within \(limits.partialMessageMs) ms")
        }
    }

    /// Sends what is queued, then closes.
    func finish(reason: String) {
        guard state == .active || state == .throttled else { return }
        endReason = reason
        state = .closing
        connection.closeAfterFlush()
    }

    /// Closes now, dropping queued output.
    func drop(reason: String) {
        guard state != .closed else { return }
        endReason = reason
        state = .closing
        connection.close()
    }

    /// The body of the -32700 (id null) sent before closing on a framing error.
    static func parseErrorBody(_ error: FramingError) -> [UInt8] {
        var body: [UInt8] = []
        RPCEngine.writeError(.parseError(error.description), id: .null, into: &body)
        return body
    }
}
