extension JSON {
    /// Compact UTF-8 serialization appended to `out`: no whitespace, keys in stored order,
    /// numbers as their literal text, strings escaped by `JSONStringEscaper`.
    public func write(into out: inout [UInt8]) {
        switch self {
        case .null: JSONLiterals.appendNull(&out)
        case .bool(let b): b ? JSONLiterals.appendTrue(&out) : JSONLiterals.appendFalse(&out)
        case .number(let n): JSONStringEscaper.appendRaw(n.text, to: &out)
        case .string(let s): JSONStringEscaper.append(s, to: &out)
        case .array, .object:
            var writer = JSONByteWriter(capacity: 1024)
            writer.write(self)
            writer.copy(into: &out)
        }
    }

    /// The compact serialization as a new byte array.
    public func serialized() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        write(into: &out)
        return out
    }

    /// The compact serialization as a string.
    public var compactString: String { String(decoding: serialized(), as: UTF8.self) }
}

/// The byte spellings of the three JSON literals.
enum JSONLiterals {
    @inline(__always) static func appendNull(_ out: inout [UInt8]) {
        out.append(0x6E); out.append(0x75); out.append(0x6C); out.append(0x6C)
    }
    @inline(__always) static func appendTrue(_ out: inout [UInt8]) {
        out.append(0x74); out.append(0x72); out.append(0x75); out.append(0x65)
    }
    @inline(__always) static func appendFalse(_ out: inout [UInt8]) {
        out.append(0x66); out.append(0x61); out.append(0x6C); out.append(0x73); out.append(0x65)
    }
}
