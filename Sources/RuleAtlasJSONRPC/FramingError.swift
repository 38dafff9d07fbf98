/// A framing violation. The connection answers one -32700 (id null) and closes.
public enum FramingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A line or a declared Content-Length over `limit` bytes.
    case messageTooLarge(limit: Int)
    /// A header line over `limit` bytes without its line end.
    case headerTooLong(limit: Int)
    /// A header block without a valid Content-Length, or a header line without `:`.
    case malformedHeader(String)

    public var description: String {
        switch self {
        case .messageTooLarge(let limit): "message larger than \(limit) bytes"
        case .headerTooLong(let limit): "header line longer than \(limit) bytes"
        case .malformedHeader(let why): "malformed header: \(why)"
        }
    }
}
