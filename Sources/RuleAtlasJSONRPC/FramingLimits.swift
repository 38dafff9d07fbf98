/// Size limits the framing decoder enforces while reading, before buffering.
public struct FramingLimits: Sendable, Equatable {
    /// Largest message body (a line, or a Content-Length value). Default 16 MiB.
    public var maxMessageBytes = 16 << 20
    /// Longest header line in Content-Length framing. Default 8 KiB.
    public var maxHeaderLineBytes = 8 << 10

    public init() {}

    public init(maxMessageBytes: Int, maxHeaderLineBytes: Int = 8 << 10) {
        self.maxMessageBytes = maxMessageBytes
        self.maxHeaderLineBytes = maxHeaderLineBytes
    }
}
