#if canImport(Glibc)
import Glibc
#endif

/// Keeps `depth` newline-framed requests in flight on each of `connections` sockets and
/// measures completed requests per second and per-request latency.
///
/// Replies are counted by their newline, not parsed, so the generator costs little next
/// to the server. Each connection answers in order, so a FIFO of send times per
/// connection gives each reply's latency.
struct LoadGenerator {
    struct Outcome {
        var requests: Int
        var seconds: Double
        var p50Micros: Double
        var p99Micros: Double
        var perSecond: Double { Double(requests) / seconds }
    }

    var path: String
    var connections: Int
    var depth: Int
    var request: [UInt8]
    var warmupSeconds = 0.5
    var seconds = 3.0

    func run() throws(BenchFailure) -> Outcome {
        var fds: [Int32] = []
        defer { for fd in fds { close(fd) } }
        for _ in 0..<connections { fds.append(try Self.connect(path)) }
        // Ring of send times per connection; `depth` slots each.
        var sentAt = [UInt64](repeating: 0, count: connections * depth)
        var head = [Int](repeating: 0, count: connections)
        var tail = [Int](repeating: 0, count: connections)
        let burst = Array(repeating: request, count: depth).flatMap { $0 }
        var latencies: [UInt32] = []
        latencies.reserveCapacity(4_000_000)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var polls = fds.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }

        let start = Self.now()
        for (c, fd) in fds.enumerated() {
            for _ in 0..<depth { sentAt[c * depth + tail[c] % depth] = start; tail[c] += 1 }
            try Self.writeAll(fd, burst[...])
        }
        let measureFrom = start + UInt64(warmupSeconds * 1e9)
        let measureUntil = measureFrom + UInt64(seconds * 1e9)
        var completed = 0
        while true {
            let ready = poll(&polls, nfds_t(polls.count), 1000)
            if ready < 0 && errno != EINTR { throw BenchFailure("poll: \(String(cString: strerror(errno)))") }
            let now = Self.now()
            if now >= measureUntil { break }
            for c in polls.indices where polls[c].revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(polls[c].fd, $0.baseAddress, $0.count) }
                if count <= 0 { throw BenchFailure("server closed connection \(c)") }
                var replies = 0
                buffer.withUnsafeBytes { raw in
                    var p = raw.baseAddress!
                    var left = count
                    while left > 0, let hit = memchr(p, 10, left) {
                        replies += 1
                        let skip = UnsafeRawPointer(hit) - p + 1
                        p += skip
                        left -= skip
                    }
                }
                guard replies > 0 else { continue }
                let measuring = now >= measureFrom
                for _ in 0..<replies {
                    let sent = sentAt[c * depth + head[c] % depth]
                    head[c] += 1
                    if measuring { latencies.append(UInt32(min(now - sent, UInt64(UInt32.max)))) }
                }
                if measuring { completed += replies }
                for _ in 0..<replies { sentAt[c * depth + tail[c] % depth] = now; tail[c] += 1 }
                try Self.writeAll(polls[c].fd, burst[..<(replies * request.count)])
            }
        }
        latencies.sort()
        func percentile(_ q: Double) -> Double {
            latencies.isEmpty ? 0 : Double(latencies[min(latencies.count - 1, Int(Double(latencies.count) * q))]) / 1000
        }
        return Outcome(requests: completed, seconds: seconds, p50Micros: percentile(0.50), p99Micros: percentile(0.99))
    }

    static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    static func connect(_ path: String) throws(BenchFailure) -> Int32 {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8).prefix($0.count - 1)) }
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        if status != 0 {
            close(fd)
            throw BenchFailure("connect \(path): \(String(cString: strerror(errno)))")
        }
        return fd
    }

    static func writeAll(_ fd: Int32, _ bytes: ArraySlice<UInt8>) throws(BenchFailure) {
        var offset = bytes.startIndex
        while offset < bytes.endIndex {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { throw BenchFailure("write: \(String(cString: strerror(errno)))") }
            offset += n
        }
    }
}
