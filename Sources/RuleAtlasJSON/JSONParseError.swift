/// Why a JSON text was rejected, with the byte offset where the parser stopped.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Zero-based byte offset into the input.
    public let offset: Int
    public let message: String

    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    public var description: String { "\(message) at byte \(offset)" }

    /// True when the text was cut off rather than malformed (useful to tell "incomplete" from "wrong").
    public var isUnexpectedEnd: Bool { message.hasPrefix("unexpected end") }
}
