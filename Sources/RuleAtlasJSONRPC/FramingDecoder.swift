/// Per-connection stream decoder: detects the framing from the first byte (`C`/`c` of a
/// Content-Length header -> `.contentLength`, anything else -> `.newline`), enforces limits
/// while reading, and hands out complete message bodies in order.
///
/// Limits are checked before bytes are kept: a line longer than `maxMessageBytes` fails as
/// soon as the bytes seen exceed it (a 64 MiB line is never buffered past the limit), and a
/// `Content-Length` over the limit fails from the header alone. In newline framing empty
/// lines are skipped; in Content-Length framing blank lines between messages are skipped,
/// header names are case-insensitive and headers other than Content-Length are ignored.
public struct FramingDecoder: Sendable {
    public let limits: FramingLimits
    public private(set) var framing: Framing?

    /// Unconsumed bytes: a partial line, or headers and body in progress.
    var buffer: [UInt8] = []
    /// Bytes at the start of `buffer` already searched for a line end.
    var scanned = 0
    /// Content-Length framing: the body size once the header block ended.
    var bodyLength: Int?
    /// Content-Length framing: the value seen in the current header block.
    var declaredLength: Int?
    /// Content-Length framing: true once a header line of the current message was read.
    var inHeaders = false

    public init(limits: FramingLimits = FramingLimits()) {
        self.limits = limits
    }

    /// True while part of a message is buffered (for the partial-message timeout).
    public var hasPartialMessage: Bool { !buffer.isEmpty || bodyLength != nil || inHeaders }

    /// Appends bytes and calls `body` for each complete message, in order. Throws on the
    /// first limit or header violation; the decoder must not be fed again after that.
    public mutating func feed(_ bytes: UnsafeRawBufferPointer, _ body: (ArraySlice<UInt8>) -> Void) throws(FramingError) {
        guard let first = bytes.first else { return }
        let framing = self.framing ?? ((first | 0x20) == UInt8(ascii: "c") ? .contentLength : .newline)
        self.framing = framing
        switch framing {
        case .newline: try feedLines(bytes, body)
        case .contentLength: try feedContentLength(bytes, body)
        }
    }

    /// Convenience for tests and clients holding arrays.
    public mutating func feed(_ bytes: [UInt8], _ body: (ArraySlice<UInt8>) -> Void) throws(FramingError) {
        let result: Result<Void, FramingError> = bytes.withUnsafeBytes { raw in
            do throws(FramingError) { try feed(raw, body); return .success(()) } catch { return .failure(error) }
        }
        try result.get()
    }

    private mutating func feedLines(_ bytes: UnsafeRawBufferPointer, _ body: (ArraySlice<UInt8>) -> Void) throws(FramingError) {
        let limit = limits.maxMessageBytes
        // The partial line plus the bytes up to the first line end, checked before copying;
        // one extra byte allows the `\r` of a CRLF line end.
        let firstLineEnd = Self.indexOfNewline(bytes, from: 0) ?? bytes.count
        if buffer.count + firstLineEnd > limit + 1 { throw .messageTooLarge(limit: limit) }
        buffer.append(contentsOf: bytes)
        var start = 0
        var from = scanned
        while let nl = Self.indexOfNewline(buffer, from: from) {
            var end = nl
            if end > start, buffer[end - 1] == 0x0D { end -= 1 }
            if end - start > limit { throw .messageTooLarge(limit: limit) }
            if end > start { body(buffer[start..<end]) }
            start = nl + 1
            from = start
        }
        compact(consumed: start)
        scanned = buffer.count
        if buffer.count > limit + 1 { throw .messageTooLarge(limit: limit) }
    }

    /// Drops the consumed prefix, keeping a modest capacity for the next reads.
    mutating func compact(consumed: Int) {
        if consumed == 0 { return }
        if consumed == buffer.count {
            if buffer.capacity > 1 << 20 { buffer = [] } else { buffer.removeAll(keepingCapacity: true) }
        } else {
            buffer.removeSubrange(0..<consumed)
        }
    }

    static func indexOfNewline(_ bytes: UnsafeRawBufferPointer, from: Int) -> Int? {
        var i = from
        let n = bytes.count
        while i < n {
            if bytes[i] == 0x0A { return i }
            i += 1
        }
        return nil
    }

    static func indexOfNewline(_ bytes: [UInt8], from: Int) -> Int? {
        bytes.withUnsafeBytes { indexOfNewline($0, from: from) }
    }
}

extension FramingDecoder {
    /// Bytes currently held for an incomplete message (for memory checks and tests).
    public var bufferedByteCount: Int { buffer.count }
}
