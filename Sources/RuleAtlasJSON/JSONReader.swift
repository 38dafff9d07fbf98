/// The parser's cursor over a UTF-8 buffer. Containers are parsed with explicit stacks
/// (`values`, `keys`, `frames`) rather than recursion.
struct JSONReader {
    let base: UnsafePointer<UInt8>
    let end: Int
    let maxDepth: Int
    var pos = 0

    init(base: UnsafePointer<UInt8>, count: Int, maxDepth: Int) {
        self.base = base
        self.end = count
        self.maxDepth = maxDepth
    }

    /// An open container: where its values (and keys, for objects) start on the stacks.
    private struct Frame {
        var isObject: Bool
        var valueStart: Int
        var keyStart: Int
    }

    func error(_ message: String, at offset: Int? = nil) -> JSONParseError {
        JSONParseError(offset: offset ?? pos, message: message)
    }

    @inline(__always) mutating func skipWhitespace() {
        while pos < end {
            let b = base[pos]
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
            pos += 1
        }
    }

    mutating func parseDocument() throws(JSONParseError) -> JSON {
        let value = try parseValue()
        skipWhitespace()
        if pos != end { throw error("unexpected content after the JSON value") }
        return value
    }

    /// Parses one value (of any depth) starting at the cursor, leaving the cursor after it.
    mutating func parseValue() throws(JSONParseError) -> JSON {
        var values: [JSON] = []
        var keys: [String] = []
        var frames: [Frame] = []
        var current: JSON
        outer: while true {
            skipWhitespace()
            guard pos < end else { throw error("unexpected end of input: expected a value") }
            switch base[pos] {
            case UInt8(ascii: "{"):
                guard frames.count < maxDepth else { throw error("nesting deeper than \(maxDepth)") }
                pos += 1
                skipWhitespace()
                if pos < end, base[pos] == UInt8(ascii: "}") {
                    pos += 1
                    current = .object(JSONObject())
                } else {
                    if frames.isEmpty { Self.reserve(&values, &keys, &frames) }
                    frames.append(Frame(isObject: true, valueStart: values.count, keyStart: keys.count))
                    keys.append(try parseKey())
                    continue outer
                }
            case UInt8(ascii: "["):
                guard frames.count < maxDepth else { throw error("nesting deeper than \(maxDepth)") }
                pos += 1
                skipWhitespace()
                if pos < end, base[pos] == UInt8(ascii: "]") {
                    pos += 1
                    current = .array([])
                } else {
                    if frames.isEmpty { Self.reserve(&values, &keys, &frames) }
                    frames.append(Frame(isObject: false, valueStart: values.count, keyStart: keys.count))
                    continue outer
                }
            case UInt8(ascii: "\""):
                current = .string(try parseString())
            case UInt8(ascii: "t"):
                try expectLiteral("true")
                current = .bool(true)
            case UInt8(ascii: "f"):
                try expectLiteral("false")
                current = .bool(false)
            case UInt8(ascii: "n"):
                try expectLiteral("null")
                current = .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                current = .number(try parseNumber())
            default:
                throw error(base[pos] >= 0x80 ? "invalid byte outside a string" : "unexpected character '\(Unicode.Scalar(base[pos]))'")
            }
            // Attach the finished value to its container; close containers as they end.
            while let top = frames.last {
                values.append(current)
                skipWhitespace()
                guard pos < end else { throw error("unexpected end of input: unclosed \(top.isObject ? "object" : "array")") }
                let c = base[pos]
                pos += 1
                if c == UInt8(ascii: ",") {
                    if top.isObject {
                        skipWhitespace()
                        keys.append(try parseKey())
                    }
                    continue outer
                }
                if top.isObject ? c == UInt8(ascii: "}") : c == UInt8(ascii: "]") {
                    frames.removeLast()
                    current = top.isObject
                        ? .object(Self.object(keys: &keys, values: &values, frame: top))
                        : .array(Self.array(values: &values, frame: top))
                    continue
                }
                throw error(top.isObject ? "expected ',' or '}' in object" : "expected ',' or ']' in array", at: pos - 1)
            }
            return current
        }
    }

    /// One allocation per stack up front instead of several small regrowths.
    private static func reserve(_ values: inout [JSON], _ keys: inout [String], _ frames: inout [Frame]) {
        if values.capacity == 0 {
            values.reserveCapacity(16)
            keys.reserveCapacity(16)
            frames.reserveCapacity(8)
        }
    }

    private static func array(values: inout [JSON], frame: Frame) -> [JSON] {
        let items = Array(values[frame.valueStart...])
        values.removeSubrange(frame.valueStart...)
        return items
    }

    /// Builds an object from the stacks; the first occurrence of a duplicate key wins.
    private static func object(keys: inout [String], values: inout [JSON], frame: Frame) -> JSONObject {
        let n = values.count - frame.valueStart
        var pairs: [(key: String, value: JSON)] = []
        pairs.reserveCapacity(n)
        var seen: Set<String>? = n > 16 ? Set(minimumCapacity: n) : nil
        for i in 0..<n {
            let key = keys[frame.keyStart + i]
            if seen != nil {
                guard seen!.insert(key).inserted else { continue }
            } else if pairs.contains(where: { $0.key == key }) {
                continue
            }
            pairs.append((key, values[frame.valueStart + i]))
        }
        keys.removeSubrange(frame.keyStart...)
        values.removeSubrange(frame.valueStart...)
        return JSONObject(distinctPairs: pairs)
    }

    /// Reads `"key"` and the `:` after it.
    private mutating func parseKey() throws(JSONParseError) -> String {
        guard pos < end else { throw error("unexpected end of input: expected an object key") }
        guard base[pos] == UInt8(ascii: "\"") else { throw error("expected a string key in object") }
        let key = try parseString()
        skipWhitespace()
        guard pos < end else { throw error("unexpected end of input: expected ':'") }
        guard base[pos] == UInt8(ascii: ":") else { throw error("expected ':' after object key") }
        pos += 1
        return key
    }

    private mutating func expectLiteral(_ word: StaticString) throws(JSONParseError) {
        let n = word.utf8CodeUnitCount
        guard end - pos >= n else { throw error("unexpected end of input: expected \(word)") }
        let w = word.utf8Start
        for i in 0..<n where base[pos + i] != w[i] { throw error("invalid literal, expected \(word)") }
        pos += n
    }
}
