extension FramingDecoder {
    /// Header lines up to a blank line, then exactly Content-Length body bytes.
    mutating func feedContentLength(_ bytes: UnsafeRawBufferPointer, _ body: (ArraySlice<UInt8>) -> Void) throws(FramingError) {
        buffer.append(contentsOf: bytes)
        var start = 0
        while true {
            if let length = bodyLength {
                guard buffer.count - start >= length else {
                    if buffer.capacity < start + length { buffer.reserveCapacity(start + length) }
                    break
                }
                body(buffer[start..<(start + length)])
                start += length
                bodyLength = nil
                scanned = start
                continue
            }
            guard let nl = Self.indexOfNewline(buffer, from: max(scanned, start)) else {
                scanned = buffer.count
                if buffer.count - start > limits.maxHeaderLineBytes { throw .headerTooLong(limit: limits.maxHeaderLineBytes) }
                break
            }
            var end = nl
            if end > start, buffer[end - 1] == 0x0D { end -= 1 }
            if end - start > limits.maxHeaderLineBytes { throw .headerTooLong(limit: limits.maxHeaderLineBytes) }
            let lineStart = start
            start = nl + 1
            scanned = start
            if end == lineStart {
                guard inHeaders else { continue }
                guard let length = declaredLength else { throw .malformedHeader("no Content-Length header") }
                bodyLength = length
                declaredLength = nil
                inHeaders = false
            } else {
                inHeaders = true
                try readHeader(buffer[lineStart..<end])
            }
        }
        let consumed = start
        compact(consumed: consumed)
        scanned = max(0, scanned - consumed)
    }

    /// Reads one `Name: value` line; only Content-Length matters, compared case-insensitively.
    private mutating func readHeader(_ line: ArraySlice<UInt8>) throws(FramingError) {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
            throw .malformedHeader("header line without ':'")
        }
        let name = line[line.startIndex..<colon]
        guard Self.equalsIgnoringCase(name, "content-length") else { return }
        var value = line[(colon + 1)...]
        while let f = value.first, f == 0x20 || f == 0x09 { value = value.dropFirst() }
        while let l = value.last, l == 0x20 || l == 0x09 { value = value.dropLast() }
        guard !value.isEmpty else { throw .malformedHeader("empty Content-Length") }
        var n = 0
        for b in value {
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { throw .malformedHeader("Content-Length is not a decimal number") }
            n = n * 10 + Int(b - UInt8(ascii: "0"))
            if n > limits.maxMessageBytes { throw .messageTooLarge(limit: limits.maxMessageBytes) }
        }
        if let previous = declaredLength, previous != n { throw .malformedHeader("conflicting Content-Length headers") }
        declaredLength = n
    }

    private static func equalsIgnoringCase(_ bytes: ArraySlice<UInt8>, _ lower: StaticString) -> Bool {
        guard bytes.count == lower.utf8CodeUnitCount else { return false }
        let p = lower.utf8Start
        var i = 0
        for b in bytes {
            let folded = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b
            if folded != p[i] { return false }
            i += 1
        }
        return true
    }
}
