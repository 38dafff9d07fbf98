/// How messages are delimited on a connection. Replies use the framing of the request.
public enum Framing: Sendable, Equatable {
    /// One message per line, `\n` terminated (an optional `\r` before it is ignored).
    case newline
    /// `Content-Length: N\r\n` (plus other headers) `\r\n`, then exactly N body bytes (LSP style).
    case contentLength

    /// Appends `body` framed this way to `out`.
    public func encode(_ body: [UInt8], into out: inout [UInt8]) {
        body.withUnsafeBufferPointer { encode($0, into: &out) }
    }

    /// Appends `body` framed this way to `out`.
    public func encode(_ body: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        switch self {
        case .newline:
            out.append(contentsOf: body)
            out.append(0x0A)
        case .contentLength:
            StaticBytes.append("Content-Length: ", to: &out)
            StaticBytes.appendDecimal(body.count, to: &out)
            StaticBytes.append("\r\n\r\n", to: &out)
            out.append(contentsOf: body)
        }
    }

    /// Frames in place a body that was appended to `out` starting at `bodyStart`: avoids a
    /// copy for newline framing, inserts the header before the body for `contentLength`.
    public func frame(_ out: inout [UInt8], bodyStart: Int) {
        switch self {
        case .newline:
            out.append(0x0A)
        case .contentLength:
            var header: [UInt8] = []
            header.reserveCapacity(32)
            StaticBytes.append("Content-Length: ", to: &header)
            StaticBytes.appendDecimal(out.count - bodyStart, to: &header)
            StaticBytes.append("\r\n\r\n", to: &header)
            out.insert(contentsOf: header, at: bodyStart)
        }
    }
}

/// Appending fixed ASCII text and decimal numbers to byte buffers without allocating.
enum StaticBytes {
    @inline(__always) static func append(_ s: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value < 0 {
            out.append(UInt8(ascii: "-"))
            appendDecimal(UInt(value.magnitude), to: &out)
        } else {
            appendDecimal(UInt(value), to: &out)
        }
    }

    static func appendDecimal(_ value: UInt, to out: inout [UInt8]) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var n = 0
        var v = value
        withUnsafeMutableBytes(of: &digits) { buf in
            repeat {
                buf[23 - n] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                n += 1
            } while v > 0
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: buf[(24 - n)...]))
        }
    }
}
