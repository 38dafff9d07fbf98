#if canImport(Glibc)
import Glibc
#endif

/// A growable byte buffer in malloc'd memory whose address stays put while a write owns it.
///
/// Swift arrays may move their storage; a buffer handed to `uv_write` must not until the
/// write callback runs, so output queues use this instead. Not copyable by accident:
/// the owner calls `free()` exactly once.
struct UVByteBuffer {
    private(set) var base: UnsafeMutableRawPointer?
    private(set) var count = 0
    private(set) var capacity = 0

    var isEmpty: Bool { count == 0 }

    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(count + bytes.count)
        (base! + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    mutating func reserve(_ needed: Int) {
        guard needed > capacity else { return }
        var newCapacity = Swift.max(capacity * 2, 4096)
        while newCapacity < needed { newCapacity *= 2 }
        guard let grown = realloc(base, newCapacity) else { fatalError("out of memory growing an output buffer to \(newCapacity) bytes") }
        base = grown
        capacity = newCapacity
    }

    /// Forgets the contents and keeps the memory, or gives large memory back.
    mutating func clear(keepingUpTo limit: Int = 256 << 10) {
        count = 0
        if capacity > limit { free() }
    }

    mutating func free() {
        Glibc.free(base)
        base = nil
        count = 0
        capacity = 0
    }
}
