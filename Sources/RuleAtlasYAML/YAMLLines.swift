/// Byte-level line arithmetic for error positions and resuming after a broken document.
enum YAMLLines {
    /// 1-based line and column of a byte offset, or of `line` (0-based) when the offset is unknown.
    static func location(ofByte offset: Int?, line: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        guard let offset else { return (line + 1, 1) }
        let end = min(offset, bytes.count)
        var lineNo = 1
        var column = 1
        for i in 0..<end {
            let b = bytes[i]
            if b == 10 { lineNo += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return (lineNo, column)
    }

    /// The lead byte of the UTF-8 sequence a bad continuation byte at `offset` belongs to.
    static func sequenceStart(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var o = min(offset, bytes.count)
        var steps = 0
        while o > 0, steps < 3 {
            o -= 1
            steps += 1
            if bytes[o] >= 0xC0 { return o }
            if bytes[o] < 0x80 { break }
        }
        return offset
    }

    /// Byte offset of the first line from 1-based `fromLine` on (never the first byte) that starts with `---`.
    static func nextDocumentStart(in bytes: UnsafeBufferPointer<UInt8>, fromLine: Int) -> Int? {
        var lineNo = 1
        var i = 0
        let dash = UInt8(ascii: "-")
        while i < bytes.count {
            if lineNo >= fromLine, i > 0, i + 2 < bytes.count, bytes[i] == dash, bytes[i + 1] == dash, bytes[i + 2] == dash,
               i + 3 == bytes.count || [9, 10, 13, 32].contains(bytes[i + 3]) {
                return i
            }
            guard let nl = bytes[i...].firstIndex(of: 10) else { return nil }
            i = nl + 1
            lineNo += 1
        }
        return nil
    }

    static func newlines(in bytes: [UInt8], from: Int, to: Int) -> Int {
        var n = 0
        for i in from..<to where bytes[i] == 10 { n += 1 }
        return n
    }
}
