import Foundation
import RuleAtlasJSON

/// A blocking Unix-socket client with timeouts, for driving the real daemon byte by byte.
public final class SocketClient {
    public let fd: Int32
    private var buffer: [UInt8] = []
    public private(set) var reachedEnd = false

    public init(path: String) throws {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes.prefix($0.count - 1)) }
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        if status != 0 {
            let code = errno
            close(fd)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }

    deinit { close(fd) }

    /// Writes everything; false when the peer has gone (EPIPE, ECONNRESET).
    @discardableResult
    public func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }

    @discardableResult
    public func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    /// Reads what is available within `timeout` seconds into the buffer; false on timeout.
    private func fill(timeout: Double) -> Bool {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = poll(&poller, 1, Int32(timeout * 1000))
        guard ready > 0 else { return false }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 && (errno == EINTR || errno == EAGAIN) { return true }
        if n <= 0 {
            reachedEnd = true
            return false
        }
        buffer += chunk[..<n]
        return true
    }

    /// Exactly `count` bytes, or fewer when the peer closes or `timeout` passes.
    public func receive(_ count: Int, timeout: Double = 10) -> [UInt8] {
        let deadline = Date().addingTimeInterval(timeout)
        while buffer.count < count, !reachedEnd, deadline.timeIntervalSinceNow > 0 {
            _ = fill(timeout: deadline.timeIntervalSinceNow)
        }
        let taken = Array(buffer.prefix(count))
        buffer.removeSubrange(..<taken.count)
        return taken
    }

    /// The next newline-terminated line (without the newline), nil on timeout or end.
    public func readLine(timeout: Double = 10) -> [UInt8]? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return line
            }
            let left = deadline.timeIntervalSinceNow
            if left <= 0 || reachedEnd { return nil }
            if !fill(timeout: left) && reachedEnd { return nil }
        }
    }

    /// The next newline-framed message parsed as JSON.
    public func readJSON(timeout: Double = 10) -> JSON? {
        guard let line = readLine(timeout: timeout) else { return nil }
        return try? JSONParser.parse(line)
    }

    /// The next Content-Length framed message body parsed as JSON.
    public func readFramedJSON(timeout: Double = 10) -> JSON? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let end = headerEnd() {
                let header = String(decoding: buffer[..<end], as: UTF8.self)
                guard let lengthLine = header.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
                      let length = Int(lengthLine.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) else { return nil }
                if buffer.count >= end + 4 + length {
                    let body = Array(buffer[(end + 4)..<(end + 4 + length)])
                    buffer.removeSubrange(..<(end + 4 + length))
                    return try? JSONParser.parse(body)
                }
            }
            let left = deadline.timeIntervalSinceNow
            if left <= 0 || reachedEnd { return nil }
            if !fill(timeout: left) && reachedEnd { return nil }
        }
    }

    private func headerEnd() -> Int? {
        guard buffer.count >= 4 else { return nil }
        for i in 0...(buffer.count - 4) where buffer[i] == 13 && buffer[i + 1] == 10 && buffer[i + 2] == 13 && buffer[i + 3] == 10 {
            return i
        }
        return nil
    }

    /// True when the daemon closes the connection within `timeout` (buffered replies are skipped).
    public func waitForClose(timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !reachedEnd {
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { return false }
            _ = fill(timeout: left)
            buffer.removeAll()
        }
        return true
    }

    /// One request, one newline-framed reply.
    public func call(_ method: String, id: Int = 1, params: String? = nil) -> JSON? {
        var request = #"{"jsonrpc":"2.0","method":"\#(method)","id":\#(id)"#
        if let params { request += #","params":\#(params)"# }
        send(request + "}\n")
        return readJSON()
    }
}
