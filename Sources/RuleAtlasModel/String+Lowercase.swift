extension String {
    /// `lowercased()`, with a byte loop for ASCII text (nearly every rule string): the
    /// same result, without the Unicode case tables.
    public func lowercasedFast() -> String {
        var copy = self
        let ascii: String? = copy.withUTF8 { bytes in
            var upper = false
            for b in bytes {
                if b >= 0x80 { return nil }
                if b >= 0x41, b <= 0x5A { upper = true }
            }
            guard upper else { return self }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for i in 0..<bytes.count {
                    let b = bytes[i]
                    out[i] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                }
                return bytes.count
            }
        }
        return ascii ?? lowercased()
    }
}
