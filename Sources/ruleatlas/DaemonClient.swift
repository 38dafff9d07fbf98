import RuleAtlasJSON
#if canImport(Glibc)
import Glibc
#endif

/// A blocking JSON-RPC client over the daemon's Unix socket (newline framing).
final class DaemonClient {
    enum Failure: Error {
        /// No daemon answers at the path (missing file, refused, or timed out).
        case unreachable(String)
        /// The daemon sent something that is not a JSON-RPC response.
        case protocolError(String)
    }

    /// The error object of a JSON-RPC error response.
    struct RemoteError: Error {
        var code: Int
        var message: String
        var data: JSON?
    }

    let path: String
    private let fd: Int32
    private let timeoutMs: Int32
    private var buffer: [UInt8] = []
    private var nextID = 1

    init(path: String, timeoutMs: Int32) throws(Failure) {
        self.path = path
        self.timeoutMs = timeoutMs
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .unreachable("socket: \(Self.errnoText())") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(fd)
            throw .unreachable("socket path is \(bytes.count) bytes, over the 107-byte limit")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        if status != 0 {
            let reason = Self.errnoText()
            close(fd)
            throw .unreachable(reason)
        }
    }

    deinit { close(fd) }

    /// Sends one request and waits for its response: the result, or the daemon's error.
    func call(_ method: String, params: JSON?) throws(Failure) -> Result<JSON, RemoteError> {
        let id = nextID
        nextID += 1
        var request: JSONObject = ["jsonrpc": "2.0", "method": .string(method)]
        if let params { request["params"] = params }
        request["id"] = JSON(id)
        var bytes = JSON.object(request).serialized()
        bytes.append(UInt8(ascii: "\n"))
        try send(bytes)
        let response = try readMessage()
        guard case .object(let object) = response else { throw .protocolError("response is not an object") }
        if let error = object["error"]?.objectValue {
            return .failure(RemoteError(
                code: error["code"]?.intValue ?? 0,
                message: error["message"]?.stringValue ?? "",
                data: error["data"]))
        }
        guard let result = object["result"] else { throw .protocolError("response has neither result nor error") }
        return .success(result)
    }

    private func send(_ bytes: [UInt8]) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .unreachable("write: \(Self.errnoText())")
            }
            offset += written
        }
    }

    /// The next message from the daemon (a response or a notification), waiting
    /// `timeoutMs`, or without limit when `waitForever` (notifications).
    func readMessage(waitForever: Bool = false) throws(Failure) -> JSON {
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                do { return try JSONParser.parse(line) } catch { throw .protocolError("bad JSON from daemon: \(error)") }
            }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, waitForever ? -1 : timeoutMs)
            if ready == 0 { throw .unreachable("no answer within \(timeoutMs) ms") }
            if ready < 0 {
                if errno == EINTR { continue }
                throw .unreachable("poll: \(Self.errnoText())")
            }
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreachable("read: \(Self.errnoText())")
            }
            if count == 0 { throw .unreachable("the daemon closed the connection") }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
