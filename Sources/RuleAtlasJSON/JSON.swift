/// A JSON value. Numbers keep their exact source text so ids above 2^53 echo exactly;
/// objects keep key order so documents read the way they were written.
public enum JSON: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSON])
    case object(JSONObject)
}

/// A JSON number as its literal text (`42`, `-1.5e3`, `9007199254740993`).
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The literal, valid JSON number syntax.
    public let text: String

    /// Wraps a literal the parser has already validated.
    public init(validatedText: String) { self.text = validatedText }
    public init(_ value: Int) { self.text = String(value) }
    public init(_ value: Int64) { self.text = String(value) }
    public init(_ value: UInt64) { self.text = String(value) }
    /// Non-finite doubles have no JSON form and become `0`.
    public init(_ value: Double) {
        if !value.isFinite {
            self.text = "0"
        } else if abs(value) < 1e15, let exact = Int64(exactly: value) {
            self.text = String(exact)
        } else {
            self.text = "\(value)"
        }
    }

    public var description: String { text }
    /// The value as an integer when the literal is one that fits (`3`, not `3.0`).
    public var int64: Int64? { Int64(text) }
    public var int: Int? { Int(text) }
    public var double: Double { Double(text) ?? .nan }
    /// True when the literal has no fraction or exponent.
    public var isInteger: Bool { !text.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") } }
}

/// A JSON object with its keys in insertion order. Lookup is linear for small objects
/// and falls back to an index for large ones.
public struct JSONObject: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    public private(set) var pairs: [(key: String, value: JSON)]
    private var index: [String: Int]?

    public init() { pairs = [] }

    /// Takes `pairs` as they are; the caller guarantees the keys are distinct.
    init(distinctPairs: [(key: String, value: JSON)]) {
        self.pairs = distinctPairs
        if distinctPairs.count > 16 { rebuildIndex() }
    }
    public init(_ pairs: [(String, JSON)]) {
        self.pairs = []
        self.pairs.reserveCapacity(pairs.count)
        for (k, v) in pairs { self[k] = v }
    }
    public init(dictionaryLiteral elements: (String, JSON)...) { self.init(elements) }

    public var count: Int { pairs.count }
    public var isEmpty: Bool { pairs.isEmpty }
    public var keys: [String] { pairs.map(\.key) }

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        return pairs.firstIndex { $0.key == key }
    }

    /// Reading returns the value; writing `nil` removes the key; writing a value replaces in place or appends.
    public subscript(key: String) -> JSON? {
        get { position(of: key).map { pairs[$0].value } }
        set {
            if let i = position(of: key) {
                if let newValue {
                    pairs[i].value = newValue
                } else {
                    pairs.remove(at: i)
                    rebuildIndex()
                }
            } else if let newValue {
                pairs.append((key, newValue))
                if index != nil {
                    index![key] = pairs.count - 1
                } else if pairs.count > 16 {
                    rebuildIndex()
                }
            }
        }
    }

    private mutating func rebuildIndex() {
        guard pairs.count > 16 else { index = nil; return }
        var idx = [String: Int](minimumCapacity: pairs.count)
        for (i, p) in pairs.enumerated() where idx[p.key] == nil { idx[p.key] = i }
        index = idx
    }

    /// Appends without checking for an existing key. With a duplicate key, lookups find the
    /// first occurrence (the parser drops later duplicates before calling this).
    public mutating func appendUnchecked(_ key: String, _ value: JSON) {
        pairs.append((key, value))
        if index != nil { if index![key] == nil { index![key] = pairs.count - 1 } } else if pairs.count > 16 { rebuildIndex() }
    }

    public func makeIterator() -> IndexingIterator<[(key: String, value: JSON)]> { pairs.makeIterator() }

    public static func == (a: JSONObject, b: JSONObject) -> Bool {
        a.pairs.count == b.pairs.count && zip(a.pairs, b.pairs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
    public func hash(into h: inout Hasher) {
        h.combine(pairs.count)
        for p in pairs { h.combine(p.key); h.combine(p.value) }
    }
}

// MARK: Convenience accessors
extension JSON {
    public subscript(key: String) -> JSON? {
        if case .object(let o) = self { return o[key] }
        return nil
    }
    public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    public var boolValue: Bool? { if case .bool(let b) = self { return b }; return nil }
    public var intValue: Int? { if case .number(let n) = self { return n.int }; return nil }
    public var doubleValue: Double? { if case .number(let n) = self { return n.double }; return nil }
    public var arrayValue: [JSON]? { if case .array(let a) = self { return a }; return nil }
    public var objectValue: JSONObject? { if case .object(let o) = self { return o }; return nil }
    public var isNull: Bool { if case .null = self { return true }; return false }

    public init(_ s: String) { self = .string(s) }
    public init(_ i: Int) { self = .number(JSONNumber(i)) }
    public init(_ d: Double) { self = .number(JSONNumber(d)) }
    public init(_ b: Bool) { self = .bool(b) }
    public init(_ a: [JSON]) { self = .array(a) }
    public init(_ o: JSONObject) { self = .object(o) }
}

extension JSON: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral, ExpressibleByFloatLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(JSONNumber(value)) }
    public init(floatLiteral value: Double) { self = .number(JSONNumber(value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSON...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSON)...) { self = .object(JSONObject(elements)) }
    public init(nilLiteral: ()) { self = .null }
}
