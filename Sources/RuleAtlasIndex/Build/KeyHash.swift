/// Bucket hashes for keys that carry a hash computed once.
///
/// `Dictionary` asks a key for `_rawHashValue(seed:)`; the default runs a full `Hasher`
/// round over the key's `hash(into:)`, even when that only feeds in one stored `Int`. Keys
/// with a stored hash answer with a seeded 64-bit finalizer (MurmurHash3's fmix64)
/// instead: every bit of the stored hash and the seed reaches the low bits the table uses.
enum KeyHash {
    @inline(__always)
    static func mix(_ hash: Int, seed: Int) -> Int {
        var x = UInt64(bitPattern: Int64(hash)) ^ (UInt64(bitPattern: Int64(seed)) &* 0x9E37_79B9_7F4A_7C15)
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return Int(Int64(bitPattern: x))
    }
}
