extension String {
    /// `lowercased()` with a byte loop over ASCII: only the runs of non-ASCII characters
    /// go through the Unicode case tables (lower-casing maps each scalar on its own, so
    /// doing it run by run gives the same text).
    public func lowercasedFast() -> String {
        var copy = self
        return copy.withUTF8 { bytes in
            var upper = false
            var ascii = true
            for b in bytes {
                if b >= 0x80 { ascii = false; break }
                if b >= 0x41, b <= 0x5A { upper = true }
            }
            if ascii, !upper { return self }
            if ascii {
                return String(unsafeUninitializedCapacity: bytes.count) { out in
                    for i in 0..<bytes.count { out[i] = Self.lower(bytes[i]) }
                    return bytes.count
                }
            }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    out.append(Self.lower(b))
                    i += 1
                    continue
                }
                var end = i + 1
                while end < bytes.count, bytes[end] >= 0x80 { end += 1 }
                out.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self).lowercased().utf8)
                i = end
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    @inline(__always)
    private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}
