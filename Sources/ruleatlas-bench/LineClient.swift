#if canImport(Glibc)
import Glibc
#endif
import RuleAtlasJSON

/// A blocking newline-delimited JSON-RPC client over a Unix socket, for measurements.
final class LineClient {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var nextID = 1

    init?(path: String) {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: addr.sun_path) else { close(fd); return nil }
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            for (i, b) in bytes.enumerated() { raw[i] = b }
        }
        let ok = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard ok == 0 else { close(fd); return nil }
    }

    deinit { close(fd) }

    /// Sends one request and returns the raw reply line.
    func call(_ method: String, _ params: JSON) -> [UInt8]? {
        let request: JSON = ["jsonrpc": "2.0", "id": JSON(nextID), "method": JSON(method), "params": params]
        nextID += 1
        var out = request.serialized()
        out.append(0x0A)
        var sent = 0
        while sent < out.count {
            let n = out.withUnsafeBytes { send(fd, $0.baseAddress! + sent, out.count - sent, 0) }
            if n <= 0 { return nil }
            sent += n
        }
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
            if n <= 0 { return nil }
            buffer.append(contentsOf: chunk[..<n])
        }
    }
}
