import RuleAtlasSupport

/// What `ruleatlasd` was asked to do, after flag parsing.
public struct ServerOptions: Sendable {
    /// `--socket`; nil resolves through the environment (see `SocketPath`).
    public var socketFlag: String?
    /// Permission bits of a socket the daemon creates (`--socket-mode`, octal).
    public var socketMode: UInt32 = 0o600
    /// `--allow-uid` (repeatable); empty allows every uid. The daemon's own uid is always allowed.
    public var allowedUIDs: Set<UInt32> = []
    public var limits = ServerLimits()
    /// `--rules DIR` (repeatable): corpus roots for the index.
    public var rulesDirectories: [String] = []
    /// `--attack FILE`: the ATT&CK STIX bundle.
    public var attackFile: String?
    /// `--max-file-size`: rule files over this many bytes are diagnostics, not parsed.
    public var maxRuleFileBytes = 8 << 20
    /// `--debounce-ms`: quiet time after a change on disk before the index rebuilds.
    public var debounceMs: UInt64 = 100
    /// `--no-watch`: load `--rules` once and do not follow changes (SIGHUP still rescans).
    public var watchRules = true
    /// How long shutdown waits for queued replies to drain before closing anyway.
    public var drainTimeoutMs: UInt64 = 5_000

    public init() {}

    public var socketPath: SocketPath { SocketPath.resolve(flag: socketFlag) }
}
