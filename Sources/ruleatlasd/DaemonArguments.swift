import RuleAtlasServer
import RuleAtlasSupport

/// `ruleatlasd`'s flags: where to listen, who may connect, every limit, what to index.
enum DaemonArguments {
    static let spec = CommandSpec(
        name: "ruleatlasd",
        summary: "Serve what public detection-rule corpora know about each ATT&CK technique, as JSON-RPC 2.0 on a Unix socket.",
        options: [
            OptionSpec("socket", valueName: "PATH", help: "Listen here (else $RULEATLAS_SOCKET, $XDG_RUNTIME_DIR/ruleatlas.sock, /tmp/ruleatlas-$UID/ruleatlas.sock)."),
            OptionSpec("socket-mode", valueName: "OCTAL", help: "Permissions of the socket file, set at creation.", defaultValue: "0600"),
            OptionSpec("allow-uid", kind: .repeatable, valueName: "UID", help: "Only these peer uids (and our own) may connect."),
            OptionSpec("rules", kind: .repeatable, valueName: "DIR", help: "A rule corpus root to index."),
            OptionSpec("attack", valueName: "FILE", help: "ATT&CK STIX bundle (enterprise-attack.json)."),
            OptionSpec("max-file-size", valueName: "SIZE", help: "Rule files larger than this are reported, not parsed.", defaultValue: "8M"),
            OptionSpec("debounce-ms", valueName: "MS", help: "Quiet time after a rule file changes before the index rebuilds.", defaultValue: "100"),
            .flag("no-watch", help: "Do not follow changes under --rules (SIGHUP and server.reload still rescan)."),
            OptionSpec("log-level", valueName: "LEVEL", help: "debug, info, warn or error (logfmt on stderr).", defaultValue: "info"),
            OptionSpec("max-message-bytes", valueName: "SIZE", help: "Largest message; over it: -32700, then close.", defaultValue: "16M"),
            OptionSpec("max-header-line-bytes", valueName: "SIZE", help: "Longest Content-Length header line.", defaultValue: "8K"),
            OptionSpec("max-batch-items", valueName: "N", help: "Most requests in one batch.", defaultValue: "1000"),
            OptionSpec("max-batch-response-bytes", valueName: "SIZE", help: "Most response bytes for one batch.", defaultValue: "25000000"),
            OptionSpec("max-connections", valueName: "N", help: "Open connections in total.", defaultValue: "1024"),
            OptionSpec("max-connections-per-uid", valueName: "N", help: "Open connections per peer uid.", defaultValue: "256"),
            OptionSpec("output-pause-bytes", valueName: "SIZE", help: "Queued replies at which a client is no longer read.", defaultValue: "1M"),
            OptionSpec("output-drop-bytes", valueName: "SIZE", help: "Queued replies at which a client is dropped.", defaultValue: "32M"),
            OptionSpec("write-stall-seconds", valueName: "S", help: "A write making no progress this long drops the client.", defaultValue: "10"),
            OptionSpec("partial-timeout-seconds", valueName: "S", help: "A started message must complete within this.", defaultValue: "30"),
            OptionSpec("drain-seconds", valueName: "S", help: "On SIGINT/SIGTERM, wait this long for queued replies.", defaultValue: "5"),
        ],
        discussion: """
        Framing is detected per connection: newline-delimited JSON or Content-Length headers.
        Under systemd socket activation (LISTEN_FDS) the passed socket is used.
        SIGINT/SIGTERM drain replies, close connections, remove the socket and exit 0.
        The API: proto-docs/openrpc.json (also served by rpc.discover).
        """)

    /// Maps parsed flags onto server options, rejecting values that make no sense.
    static func options(from args: ParsedArguments) throws(ArgumentError) -> ServerOptions {
        var options = ServerOptions()
        options.socketFlag = args.string("socket")
        if let mode = try args.value("socket-mode", expected: "an octal mode such as 0600", { UInt32($0, radix: 8) }) {
            guard mode <= 0o777 else { throw .invalidValue(option: "socket-mode", value: args.string("socket-mode") ?? "", expected: "a mode up to 0777") }
            options.socketMode = mode
        }
        for text in args.strings("allow-uid") {
            guard let uid = UInt32(text) else { throw .invalidValue(option: "allow-uid", value: text, expected: "a numeric uid") }
            options.allowedUIDs.insert(uid)
        }
        options.rulesDirectories = args.strings("rules")
        options.attackFile = args.string("attack")
        options.maxRuleFileBytes = try positive(args.byteSize("max-file-size"), "max-file-size") ?? options.maxRuleFileBytes
        if let debounce = try args.int("debounce-ms") {
            guard debounce >= 0, debounce <= 60_000 else {
                throw .invalidValue(option: "debounce-ms", value: String(debounce), expected: "milliseconds from 0 to 60000")
            }
            options.debounceMs = UInt64(debounce)
        }
        options.watchRules = !args.flag("no-watch")
        var limits = ServerLimits()
        limits.maxMessageBytes = try positive(args.byteSize("max-message-bytes"), "max-message-bytes") ?? limits.maxMessageBytes
        limits.maxHeaderLineBytes = try positive(args.byteSize("max-header-line-bytes"), "max-header-line-bytes") ?? limits.maxHeaderLineBytes
        limits.maxBatchItems = try positive(args.int("max-batch-items"), "max-batch-items") ?? limits.maxBatchItems
        limits.maxBatchResponseBytes = try positive(args.byteSize("max-batch-response-bytes"), "max-batch-response-bytes") ?? limits.maxBatchResponseBytes
        limits.maxConnections = try positive(args.int("max-connections"), "max-connections") ?? limits.maxConnections
        limits.maxConnectionsPerUID = try positive(args.int("max-connections-per-uid"), "max-connections-per-uid") ?? limits.maxConnectionsPerUID
        limits.outputSoftCap = try positive(args.byteSize("output-pause-bytes"), "output-pause-bytes") ?? limits.outputSoftCap
        limits.outputHardCap = try positive(args.byteSize("output-drop-bytes"), "output-drop-bytes") ?? limits.outputHardCap
        limits.writeStallMs = try milliseconds(args.double("write-stall-seconds"), "write-stall-seconds") ?? limits.writeStallMs
        limits.partialMessageMs = try milliseconds(args.double("partial-timeout-seconds"), "partial-timeout-seconds") ?? limits.partialMessageMs
        options.drainTimeoutMs = try milliseconds(args.double("drain-seconds"), "drain-seconds") ?? options.drainTimeoutMs
        if limits.outputHardCap < limits.outputSoftCap {
            throw .invalidValue(option: "output-drop-bytes", value: String(limits.outputHardCap), expected: "at least --output-pause-bytes")
        }
        options.limits = limits
        return options
    }

    private static func positive(_ value: Int?, _ name: String) throws(ArgumentError) -> Int? {
        guard let value else { return nil }
        guard value > 0 else { throw .invalidValue(option: name, value: String(value), expected: "a value above 0") }
        return value
    }

    private static func milliseconds(_ seconds: Double?, _ name: String) throws(ArgumentError) -> UInt64? {
        guard let seconds else { return nil }
        guard seconds > 0, seconds < 86_400 else { throw .invalidValue(option: name, value: String(seconds), expected: "seconds above 0") }
        return UInt64((seconds * 1000).rounded())
    }
}
