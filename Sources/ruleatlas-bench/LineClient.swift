#if canImport(Glibc)
import Glibc
#endif
import RuleAtlasJSON

/// A blocking newline-delimited JSON-RPC client over a Unix socket, for measurements.
final class LineClient {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var nextID = 1

    init(path: String) throws(BenchFailure) { fd = try LoadGenerator.connect(path) }

    deinit { close(fd) }

    /// Sends one request and returns the raw reply line (nil when the connection ends).
    func call(_ method: String, _ params: JSON) throws(BenchFailure) -> [UInt8]? {
        let request: JSON = ["jsonrpc": "2.0", "id": JSON(nextID), "method": JSON(method), "params": params]
        nextID += 1
        var out = request.serialized()
        out.append(0x0A)
        try LoadGenerator.writeAll(fd, out[...])
        return readLine()
    }

    private func readLine() -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if let nl = buffer.firstIndex(of: 0x0A) {
                let line = Array(buffer[..<nl])
                buffer.removeFirst(nl + 1)
                return line
            }
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return nil }
            buffer.append(contentsOf: chunk[..<n])
        }
    }
}
