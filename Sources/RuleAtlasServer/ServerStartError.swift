/// Why the daemon could not start listening; `message` is shown as is.
public struct ServerStartError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
