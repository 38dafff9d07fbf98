import CLibUV

/// A libuv error code with its symbolic name and message (`EADDRINUSE: address already in use`).
public struct UVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The negative libuv status (`UV_EADDRINUSE`, ...).
    public let code: Int32

    public init(_ code: Int32) { self.code = code }

    /// `EADDRINUSE`, `ECONNREFUSED`, ...
    public var name: String { String(cString: uv_err_name(code)) }
    public var message: String { String(cString: uv_strerror(code)) }
    public var description: String { "\(name): \(message)" }

    public static let endOfFile = UVError(UV_EOF.rawValue)
    public static let tooManyOpenFiles = UVError(UV_EMFILE.rawValue)
    public static let addressInUse = UVError(UV_EADDRINUSE.rawValue)
    public static let cancelled = UVError(UV_ECANCELED.rawValue)

    /// Throws when `status` is negative.
    @inline(__always)
    static func check(_ status: Int32) throws(UVError) {
        if status < 0 { throw UVError(status) }
    }
}
