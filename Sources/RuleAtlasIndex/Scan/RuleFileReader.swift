#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RuleAtlasModel

/// Reads one candidate file, detects its vendor and hands the bytes to that vendor's parser.
///
/// Each file is read and parsed once. Files over `maxFileSize` or containing NUL bytes are
/// diagnostics; files of a recognised vendor with no parser are `unsupported`; files that
/// are no rule at all are `notRule` and say nothing.
public struct RuleFileReader: Sendable {
    public typealias Parse = @Sendable (_ path: String, _ bytes: [UInt8]) -> ParsedFile

    /// Default size cap (8 MiB).
    public static let defaultMaxFileSize = 8 << 20

    public var parsers: [Vendor: Parse]
    public var maxFileSize: Int

    public init(parsers: [Vendor: Parse], maxFileSize: Int = RuleFileReader.defaultMaxFileSize) {
        self.parsers = parsers
        self.maxFileSize = maxFileSize
    }

    public func read(path: String) -> IndexedFile {
        switch Self.load(path, limit: maxFileSize) {
        case .failure(let message):
            return IndexedFile(path: path, kind: .unreadable, diagnostics: [Diagnostic(.error, message, at: SourceLocation(path: path))])
        case .success(let bytes):
            return classify(path: path, bytes: bytes)
        }
    }

    /// Everything after reading: binary check, vendor detection, parsing, vendor check.
    public func classify(path: String, bytes: [UInt8]) -> IndexedFile {
        if bytes.count > maxFileSize {
            return IndexedFile(path: path, kind: .unreadable, diagnostics: [
                Diagnostic(.error, "file is \(bytes.count) bytes, over the \(maxFileSize)-byte cap", at: SourceLocation(path: path)),
            ])
        }
        if let nul = Self.firstNUL(bytes) {
            let line = bytes[..<nul].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            return IndexedFile(path: path, kind: .unreadable, diagnostics: [
                Diagnostic(.error, "binary file (NUL byte)", at: SourceLocation(path: path, line: line, column: 1)),
            ])
        }
        guard let vendor = VendorSniffer.detect(bytes, toml: path.lowercased().hasSuffix(".toml")) else {
            return IndexedFile(path: path, kind: .notRule)
        }
        guard let parse = parsers[vendor] else { return IndexedFile(path: path, kind: .unsupported(vendor)) }
        let parsed = parse(path, bytes)
        return IndexedFile(path: path, kind: .rules(vendor), rules: parsed.rules, diagnostics: parsed.diagnostics)
    }

    /// The offset of the first NUL byte (memchr: one pass at memory speed).
    static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress, let p = memchr(base, 0, buf.count) else { return nil }
            return UnsafeRawPointer(p) - UnsafeRawPointer(base)
        }
    }

    enum Loaded {
        case success([UInt8])
        case failure(String)
    }

    static func load(_ path: String, limit: Int) -> Loaded {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure("cannot open: \(errnoText())") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure("cannot stat: \(errnoText())") }
        let size = Int(st.st_size)
        if size > limit { return .failure("file is \(size) bytes, over the \(limit)-byte cap") }
        var failure: String? = nil
        // Read straight into the array's storage, which is never zero-filled first.
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, initialized in
            var got = 0
            while got < size {
                let n = sysRead(fd, buf.baseAddress.map { UnsafeMutableRawPointer($0 + got) }, size - got)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = "cannot read: \(errnoText())"
                    break
                }
                if n == 0 { break }
                got += n
            }
            initialized = got
        }
        if let failure { return .failure(failure) }
        return .success(bytes)
    }
}

private func sysRead(_ fd: Int32, _ buf: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buf, count)
}
