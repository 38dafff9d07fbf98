import RuleAtlasJSONRPC

/// Feeds one byte stream to fresh `FramingDecoder`s whole, byte by byte and in random
/// chunks, so decoder tests prove that message boundaries do not depend on read sizes.
public enum FramingVerifier {
    /// How a stream is cut into `feed` calls.
    public enum Chunking: Sendable, CustomStringConvertible {
        case whole
        case byteByByte
        /// Chunks of 1...maxChunk bytes from a seeded generator.
        case random(seed: UInt64, maxChunk: Int)

        public var description: String {
            switch self {
            case .whole: "whole"
            case .byteByByte: "byte by byte"
            case .random(let seed, let maxChunk): "random chunks (seed \(seed), max \(maxChunk))"
            }
        }
    }

    /// The three chunkings every decoder test runs (plus a few random seeds).
    public static let standardChunkings: [Chunking] = [
        .whole, .byteByByte, .random(seed: 1, maxChunk: 7), .random(seed: 42, maxChunk: 64), .random(seed: 7, maxChunk: 4096),
    ]

    /// What one run produced: the bodies, the framing detected, and the error if one was thrown.
    public struct Outcome: Sendable, Equatable {
        public var bodies: [[UInt8]]
        public var framing: Framing?
        public var error: FramingError?
        /// Largest number of bytes the decoder held between feeds.
        public var peakBufferedBytes: Int
    }

    /// Decodes `stream` with one chunking.
    public static func decode(_ stream: [UInt8], chunking: Chunking, limits: FramingLimits = FramingLimits()) -> Outcome {
        var decoder = FramingDecoder(limits: limits)
        var bodies: [[UInt8]] = []
        var rng = SeededGenerator(seed: 0)
        var maxChunk = stream.count
        switch chunking {
        case .whole: break
        case .byteByByte: maxChunk = 1
        case .random(let seed, let m):
            rng = SeededGenerator(seed: seed)
            maxChunk = m
        }
        var offset = 0
        var peak = 0
        while offset < stream.count {
            var n = maxChunk
            if case .random = chunking { n = Int(rng.next() % UInt64(maxChunk)) + 1 }
            n = min(n, stream.count - offset)
            let chunk = Array(stream[offset..<(offset + n)])
            offset += n
            do {
                try decoder.feed(chunk) { bodies.append(Array($0)) }
            } catch {
                return Outcome(bodies: bodies, framing: decoder.framing, error: error, peakBufferedBytes: peak)
            }
            peak = max(peak, decoder.bufferedByteCount)
        }
        return Outcome(bodies: bodies, framing: decoder.framing, error: nil, peakBufferedBytes: peak)
    }

    /// Decodes `stream` with every standard chunking; returns the outcomes that differ from
    /// the whole-stream one (empty when all agree) and the whole-stream outcome.
    public static func verify(_ stream: [UInt8], limits: FramingLimits = FramingLimits()) -> (reference: Outcome, disagreements: [String]) {
        let reference = decode(stream, chunking: .whole, limits: limits)
        var disagreements: [String] = []
        for chunking in standardChunkings.dropFirst() {
            let o = decode(stream, chunking: chunking, limits: limits)
            if o.bodies != reference.bodies || o.error != reference.error || o.framing != reference.framing {
                disagreements.append("\(chunking): \(o.bodies.count) bodies, error \(String(describing: o.error))")
            }
        }
        return (reference, disagreements)
    }
}

/// SplitMix64: a small deterministic generator for reproducible random chunking.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
