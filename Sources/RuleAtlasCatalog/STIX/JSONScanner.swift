#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A forward-only JSON reader over UTF-8 bytes that decodes only what its caller asks for.
///
/// Used for the 45 MB ATT&CK bundle, where a handful of keys per object matter: values the
/// caller does not read are skipped without building anything.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    struct Failure: Error {
        let offset: Int
        let message: String
    }

    func fail(_ message: String) -> Failure { Failure(offset: offset, message: message) }

    mutating func skipSpace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0A, 0x0D: offset += 1
            default: return
            }
        }
    }

    mutating func peek() -> UInt8? {
        skipSpace()
        return offset < bytes.count ? bytes[offset] : nil
    }

    mutating func expect(_ byte: UInt8) throws {
        guard peek() == byte else { throw fail("expected '\(Character(Unicode.Scalar(byte)))'") }
        offset += 1
    }

    /// The raw bytes of a string value (escapes not decoded) as a range into `bytes`.
    mutating func stringRange() throws -> Range<Int> {
        try expect(UInt8(ascii: "\""))
        let start = offset
        guard let base = bytes.baseAddress else { throw fail("unterminated string") }
        var from = offset
        while from < bytes.count {
            guard let hit = memchr(base + from, Int32(UInt8(ascii: "\"")), bytes.count - from) else { break }
            let quote = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var slashes = 0
            while quote - slashes - 1 >= start, bytes[quote - slashes - 1] == UInt8(ascii: "\\") { slashes += 1 }
            if slashes % 2 == 0 {
                offset = quote + 1
                return start..<quote
            }
            from = quote + 1
        }
        offset = bytes.count
        throw fail("unterminated string")
    }

    /// Whether the raw bytes in `range` equal the ASCII `text`.
    func equals(_ range: Range<Int>, _ text: StaticString) -> Bool {
        guard range.count == text.utf8CodeUnitCount else { return false }
        let p = text.utf8Start
        for i in 0..<range.count where bytes[range.lowerBound + i] != p[i] { return false }
        return true
    }

    /// Decodes a string value.
    mutating func string() throws -> String { try decode(stringRange()) }

    /// Reads `true`, `false` or `null` (nil).
    mutating func bool() throws -> Bool? {
        switch peek() {
        case UInt8(ascii: "t"): offset += 4; return true
        case UInt8(ascii: "f"): offset += 5; return false
        case UInt8(ascii: "n"): offset += 4; return nil
        default: try skipValue(); return nil
        }
    }

    /// Calls `body` with each key of an object; `body` reads the value or returns false to skip it.
    mutating func members(_ body: (inout JSONScanner, Range<Int>) throws -> Bool) throws {
        try expect(UInt8(ascii: "{"))
        if peek() == UInt8(ascii: "}") { offset += 1; return }
        while true {
            let key = try stringRange()
            try expect(UInt8(ascii: ":"))
            if try !body(&self, key) { try skipValue() }
            switch peek() {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "}"): offset += 1; return
            default: throw fail("expected ',' or '}'")
            }
        }
    }

    /// Calls `body` for each element of an array; `body` must read the element.
    mutating func elements(_ body: (inout JSONScanner) throws -> Void) throws {
        try expect(UInt8(ascii: "["))
        if peek() == UInt8(ascii: "]") { offset += 1; return }
        while true {
            try body(&self)
            switch peek() {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "]"): offset += 1; return
            default: throw fail("expected ',' or ']'")
            }
        }
    }

    /// Skips one value of any kind.
    mutating func skipValue() throws {
        switch peek() {
        case UInt8(ascii: "\""):
            _ = try stringRange()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while offset < bytes.count {
                let b = bytes[offset]
                if b == UInt8(ascii: "\"") {
                    _ = try stringRange()
                    continue
                }
                offset += 1
                if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { depth += 1 }
                if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 { return }
                }
            }
            throw fail("unterminated container")
        case nil:
            throw fail("unexpected end of input")
        default:
            while offset < bytes.count {
                switch bytes[offset] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D: return
                default: offset += 1
                }
            }
        }
    }
}
