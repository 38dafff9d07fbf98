import RuleAtlasJSON
import RuleAtlasSupport
#if canImport(Glibc)
import Glibc
#endif

/// `ruleatlas ping`: is the daemon there, and how long does a round trip take.
enum PingCommand: CLICommand {
    static let spec = CommandSpec(name: "ping", summary: "Check that the daemon answers; prints the round-trip time.",
        discussion: """
        EXAMPLES
          ruleatlas ping
          ruleatlas --socket /run/ruleatlas/ruleatlas.sock ping || echo "daemon down (exit $?)"
        """)

    static func run(_ args: ParsedArguments, _ session: CLISession) throws(CLIFailure) -> Int32 {
        let started = monotonicNanoseconds()
        let result = try session.call("server.ping")
        let elapsed = Double(monotonicNanoseconds() - started) / 1e6
        session.output(result) { reply in
            let ms = (elapsed * 100).rounded() / 100
            return "\(reply.stringValue ?? reply.compactString) from \(session.socket.path) in \(ms) ms"
        }
        return ExitStatus.success
    }

    static func monotonicNanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }
}
