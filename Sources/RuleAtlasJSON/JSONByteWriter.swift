/// A growable byte buffer over raw memory for serializing containers: each store is a
/// bounds check and a pointer write, with none of `Array`'s per-append uniqueness checks.
/// `JSON.write(into:)` fills one and copies the result into the caller's array once.
struct JSONByteWriter: ~Copyable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always) mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(to: count + n) }
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always) mutating func append(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let src = bytes.baseAddress else { return }
        reserve(bytes.count)
        (base + count).initialize(from: src, count: bytes.count)
        count += bytes.count
    }

    /// The bytes written so far, appended to `out`.
    func copy(into out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
    }
}

extension JSONByteWriter {
    mutating func write(_ value: JSON) {
        switch value {
        case .null: appendLiteral("null")
        case .bool(let b): appendLiteral(b ? "true" : "false")
        case .number(let n): appendUTF8(n.text)
        case .string(let s): appendString(s)
        case .array(let items):
            append(UInt8(ascii: "["))
            items.withUnsafeBufferPointer { buf in
                for i in 0..<buf.count {
                    if i > 0 { append(UInt8(ascii: ",")) }
                    write(buf[i])
                }
            }
            append(UInt8(ascii: "]"))
        case .object(let object):
            append(UInt8(ascii: "{"))
            object.pairs.withUnsafeBufferPointer { buf in
                for i in 0..<buf.count {
                    if i > 0 { append(UInt8(ascii: ",")) }
                    appendString(buf[i].key)
                    append(UInt8(ascii: ":"))
                    write(buf[i].value)
                }
            }
            append(UInt8(ascii: "}"))
        }
    }

    @inline(__always) mutating func appendLiteral(_ s: StaticString) {
        append(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    mutating func appendUTF8(_ s: String) {
        if let done: Void = s.utf8.withContiguousStorageIfAvailable({ append($0) }) { return done }
        for b in s.utf8 { append(b) }
    }

    /// A quoted string with the escapes of `JSONStringEscaper`.
    mutating func appendString(_ s: String) {
        append(UInt8(ascii: "\""))
        if s.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
            var copy = s
            copy.withUTF8 { appendEscaped($0) }
        }
        append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let p = bytes.baseAddress else { return }
        let n = bytes.count
        reserve(n)
        var runStart = 0
        var i = 0
        while i < n {
            // Skip eight plain bytes at a time; a word with a special byte is examined byte by byte.
            var stop = i + 1
            if i + 8 <= n {
                guard Self.wordNeedsEscape(UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)) else {
                    i += 8
                    continue
                }
                stop = i + 8
            }
            while i < stop {
                let b = p[i]
                if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                    if runStart < i { append(UnsafeBufferPointer(start: p + runStart, count: i - runStart)) }
                    var escape: UInt64 = 0
                    let len = withUnsafeMutableBytes(of: &escape) { JSONStringEscaper.escape(b, into: $0) }
                    withUnsafeBytes(of: &escape) { append(UnsafeBufferPointer(start: $0.baseAddress!.assumingMemoryBound(to: UInt8.self), count: len)) }
                    runStart = i + 1
                }
                i += 1
            }
        }
        if runStart < n { append(UnsafeBufferPointer(start: p + runStart, count: n - runStart)) }
    }

    /// True when any of the eight bytes is below 0x20, `"` or `\\` (SWAR tests; may not say
    /// which byte, so the caller then looks at bytes one by one).
    @inline(__always) static func wordNeedsEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let below20 = (w &- ones &* 0x20) & ~w & highs
        let q = w ^ (ones &* 0x22)
        let quote = (q &- ones) & ~q & highs
        let bs = w ^ (ones &* 0x5C)
        let backslash = (bs &- ones) & ~bs & highs
        return (below20 | quote | backslash) != 0
    }
}
