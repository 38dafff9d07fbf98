import Foundation

/// A plain blocking Unix-socket client for driving a loop from another thread.
final class BlockingClient {
    let fd: Int32

    init?(path: String) {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes.prefix($0.count - 1)) }
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        if status != 0 { close(fd); return nil }
    }

    deinit { close(fd) }

    func send(_ text: String) { send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { return }
            offset += n
        }
    }

    /// Reads exactly `count` bytes, or fewer at end of stream.
    func receive(_ count: Int) -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while result.count < count {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, Swift.min($0.count, count - result.count)) }
            if n <= 0 { break }
            result += chunk[..<n]
        }
        return result
    }
}

/// A socket path unique to this process and call.
func temporarySocketPath(_ name: String) -> String {
    "/tmp/ruleatlas-uvtest-\(getpid())-\(name)-\(UInt32.random(in: 0...UInt32.max)).sock"
}
