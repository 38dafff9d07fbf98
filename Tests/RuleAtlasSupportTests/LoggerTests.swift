import Testing
import Synchronization
@testable import RuleAtlasSupport

final class LineCollector: Sendable {
    let lines = Mutex<[String]>([])
    var all: [String] { lines.withLock { $0 } }
    func sink() -> @Sendable (String) -> Void { { line in self.lines.withLock { $0.append(line) } } }
}

@Suite struct LoggerTests {
    @Test func writesLogfmtLinesAtOrAboveTheLevel() {
        let collector = LineCollector()
        let log = Logger(level: .info, sink: collector.sink(), clock: { "2026-12-04T20:00:00.000Z" })
        log.debug("hidden")
        log.info("connection opened", ["uid": 1000, "pid": 42, "path": "/run/user/1000/ruleatlas.sock"])
        log.warn("slow client", ["queued": "2 MiB"])
        log.error("bind failed", ["error": "Address already in use", "empty": ""])
        #expect(collector.all == [
            "ts=2026-12-04T20:00:00.000Z level=info msg=\"connection opened\" uid=1000 pid=42 path=/run/user/1000/ruleatlas.sock\n",
            "ts=2026-12-04T20:00:00.000Z level=warn msg=\"slow client\" queued=\"2 MiB\"\n",
            "ts=2026-12-04T20:00:00.000Z level=error msg=\"bind failed\" error=\"Address already in use\" empty=\"\"\n",
        ])
    }

    @Test func quotingRules() {
        #expect(LogFormat.value("plain") == "plain")
        #expect(LogFormat.value("a=b") == #""a=b""#)
        #expect(LogFormat.value(#"say "hi""#) == #""say \"hi\"""#)
        #expect(LogFormat.value("back\\slash") == "back\\slash")
        #expect(LogFormat.quoted("back\\slash") == #""back\\slash""#)
        #expect(LogFormat.value("line\nbreak\t\u{1}") == #""line\nbreak\t\u0001""#)
        #expect(LogFormat.value("é") == "\"é\"")
        #expect(LogFormat.key("bad key=\"x\"") == "badkeyx")
        #expect(LogFormat.key("=") == "_")
    }

    @Test func levelComesFromTheFlag() throws {
        let parser = ArgumentParser(CommandSpec(name: "d", summary: "", options: [OptionSpec("log-level", help: "")]))
        #expect(try Logger.fromArguments(try parser.parse(["--log-level", "WARN"])).level == .warn)
        #expect(try Logger.fromArguments(try parser.parse([])).level == .info)
        #expect(throws: ArgumentError.invalidValue(option: "log-level", value: "loud", expected: "one of debug, info, warn, error")) {
            try Logger.fromArguments(try parser.parse(["--log-level=loud"]))
        }
        #expect(Logger(level: .warn).isEnabled(.error))
        #expect(!Logger(level: .warn).isEnabled(.info))
    }

    @Test func timestampsAreUTCWithMilliseconds() {
        let ts = Logger.utcTimestamp()
        #expect(ts.count == 24)
        #expect(ts.hasSuffix("Z"))
        #expect(Array(ts)[10] == "T")
    }
}
