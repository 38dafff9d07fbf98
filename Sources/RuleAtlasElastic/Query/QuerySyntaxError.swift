/// A query that does not follow its language's grammar; `offset` is the UTF-8 byte
/// offset into the query text where reading stopped.
public struct QuerySyntaxError: Error, Sendable, Hashable {
    public var message: String
    public var offset: Int

    public init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }
}
