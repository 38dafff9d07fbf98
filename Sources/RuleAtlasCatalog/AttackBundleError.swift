/// Why a STIX bundle could not be read.
public struct AttackBundleError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let line: Int
    public let column: Int
    public let message: String

    public var description: String { "\(path):\(line):\(column): \(message)" }
}
