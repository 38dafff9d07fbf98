import RuleAtlasJSONRPC
import RuleAtlasProtocol

/// Every limit of API.md, each a `ruleatlasd` flag; defaults are the documented ones.
public struct ServerLimits: Sendable, Equatable {
    /// One message body (over it: one -32700 with id null, then close).
    public var maxMessageBytes = 16 << 20
    /// One LSP header line.
    public var maxHeaderLineBytes = 8 << 10
    public var maxBatchItems = 1000
    /// Total size of the responses to one batch.
    public var maxBatchResponseBytes = 25_000_000
    public var maxConnections = 1024
    public var maxConnectionsPerUID = 256
    /// Queued output at which the server stops reading that client.
    public var outputSoftCap = 1 << 20
    /// Queued output at which the server drops that client.
    public var outputHardCap = 32 << 20
    /// A write making no progress this long drops the client.
    public var writeStallMs: UInt64 = 10_000
    /// A partially received message must complete within this.
    public var partialMessageMs: UInt64 = 30_000

    public init() {}

    var framing: FramingLimits {
        var limits = FramingLimits()
        limits.maxMessageBytes = maxMessageBytes
        limits.maxHeaderLineBytes = maxHeaderLineBytes
        return limits
    }

    var rpc: RPCLimits {
        var limits = RPCLimits()
        limits.maxBatchItems = maxBatchItems
        limits.maxBatchResponseBytes = maxBatchResponseBytes
        return limits
    }

    /// The limits as `server.status` shows them.
    var status: ServerStatus.Limits {
        var limits = ServerStatus.Limits()
        limits.maxMessageBytes = maxMessageBytes
        limits.maxHeaderLineBytes = maxHeaderLineBytes
        limits.maxBatchItems = maxBatchItems
        limits.maxBatchResponseBytes = maxBatchResponseBytes
        limits.maxConnections = maxConnections
        limits.maxConnectionsPerUID = maxConnectionsPerUID
        limits.outputPauseBytes = outputSoftCap
        limits.outputDropBytes = outputHardCap
        limits.writeStallSeconds = Int((writeStallMs + 999) / 1000)
        limits.partialMessageSeconds = Int((partialMessageMs + 999) / 1000)
        return limits
    }
}
