/// Parses JSON texts (RFC 8259) from UTF-8 bytes.
///
/// - Numbers keep their literal text, so integers above 2^53 survive exactly.
/// - Invalid UTF-8 is rejected: overlong forms, UTF-8-encoded surrogates, code points
///   above U+10FFFF, truncated sequences. `\u` escapes must pair surrogates correctly.
/// - Nesting deeper than `maxDepth` containers is an error. The parser keeps its own
///   stack instead of recursing, so no input can exhaust the thread's stack. `maxDepth` is
///   clamped to `depthCeiling`: releasing, comparing or writing a value recurses once per
///   level, so deeper values could not be used safely on a thread's stack anyway.
/// - Duplicate object keys: the first occurrence wins and later ones are dropped, so a
///   value seen by a lookup is always the one that appears first in the text.
/// - Leading and trailing whitespace is allowed; anything else after the value is an error.
public enum JSONParser {
    public static let defaultMaxDepth = 512
    /// The largest `maxDepth` honoured.
    public static let depthCeiling = 4096

    public static func parse(_ bytes: UnsafeRawBufferPointer, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSON {
        guard let base = bytes.baseAddress, bytes.count > 0 else {
            throw JSONParseError(offset: 0, message: "unexpected end of input: empty text")
        }
        var reader = JSONReader(base: base.assumingMemoryBound(to: UInt8.self), count: bytes.count, maxDepth: min(maxDepth, depthCeiling))
        return try reader.parseDocument()
    }

    public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSON {
        try parse(bytes[...], maxDepth: maxDepth)
    }

    public static func parse(_ bytes: ArraySlice<UInt8>, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSON {
        let result: Result<JSON, JSONParseError> = bytes.withUnsafeBytes { raw in
            do throws(JSONParseError) { return .success(try parse(raw, maxDepth: maxDepth)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    public static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSON {
        var text = text
        let result: Result<JSON, JSONParseError> = text.withUTF8 { buf in
            do throws(JSONParseError) { return .success(try parse(UnsafeRawBufferPointer(buf), maxDepth: maxDepth)) } catch { return .failure(error) }
        }
        return try result.get()
    }
}
