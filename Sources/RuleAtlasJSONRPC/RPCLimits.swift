/// Batch limits the engine enforces.
public struct RPCLimits: Sendable, Equatable {
    /// More items than this: one -32001 with `data.limit` "batch".
    public var maxBatchItems = 1000
    /// Once a batch's responses reach this many bytes, remaining requests answer -32003.
    public var maxBatchResponseBytes = 25_000_000
    /// Most `$/cancelRequest` ids remembered per connection (the oldest are forgotten).
    public var maxPendingCancellations = 1024

    public init() {}
}
