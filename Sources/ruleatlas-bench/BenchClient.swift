import RuleAtlasJSON
#if canImport(Glibc)
import Glibc
#endif

/// A blocking newline-framed JSON-RPC client for benchmarks, timing each call.
final class BenchClient {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var nextID = 0

    init?(path: String) {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard fd >= 0, bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { return nil }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        if status != 0 {
            close(fd)
            return nil
        }
    }

    deinit { close(fd) }

    /// The result of `method` (nil on an error reply or a closed connection).
    func call(_ method: String, _ params: String? = nil) -> JSON? {
        nextID += 1
        var request = #"{"jsonrpc":"2.0","id":\#(nextID),"method":"\#(method)""#
        if let params { request += #","params":\#(params)"# }
        request += "}\n"
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { return nil }
            sent += n
        }
        while let message = readMessage() {
            if message["id"] != nil { return message["result"] }
        }
        return nil
    }

    /// The next message (a reply or a notification), waiting at most `timeoutMs`.
    func readMessage(timeoutMs: Int32 = 30_000) -> JSON? {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return try? JSONParser.parse(line)
            }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, timeoutMs) > 0 else { return nil }
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { return nil }
            buffer.append(contentsOf: chunk[..<n])
        }
    }
}

/// Monotonic time in milliseconds.
func nowMs() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1e6
}

/// The `p`-th percentile (0...100) of `values`, 0 when empty.
func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let rank = Int((p / 100 * Double(sorted.count - 1)).rounded())
    return sorted[min(max(rank, 0), sorted.count - 1)]
}
