import RuleAtlasSigma
import RuleAtlasYAML
import Testing

/// The fuzz entry points on real rules and deterministic mutations of them.
@Suite struct SigmaFuzzEntryPointTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let interesting: [UInt8] = Array("*&!|-:[]{}'\"\\\t\n\r#%@`?,>".utf8) + [0, 0x80, 0xC3, 0xFF]

    static func mutate(_ input: [UInt8], _ g: inout Generator) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...8, using: &g) {
            guard !bytes.isEmpty else { bytes.append(interesting.randomElement(using: &g)!); continue }
            let at = Int.random(in: 0..<bytes.count, using: &g)
            switch Int.random(in: 0..<4, using: &g) {
            case 0: bytes[at] = interesting.randomElement(using: &g)!
            case 1: bytes.remove(at: at)
            case 2: bytes.insert(interesting.randomElement(using: &g)!, at: at)
            default:
                let end = min(bytes.count, at + Int.random(in: 1...64, using: &g))
                bytes.insert(contentsOf: bytes[at..<end], at: Int.random(in: 0...bytes.count, using: &g))
            }
        }
        return bytes
    }

    @Test func realRulesGoThrough() {
        let sample = SigmaCorpus.files.prefix(50)
        #expect(sample.allSatisfy { fuzzSigmaRule($0.bytes) == 1 })
        #expect(sample.allSatisfy { fuzzYAML($0.bytes) > 10 })
    }

    @Test func mutatedRulesNeverCrash() {
        var g = Generator(state: 0x5167_4D41)
        let seeds = SigmaCorpus.files.filter { $0.bytes.count < 4000 }.prefix(40).map(\.bytes)
        var read = 0
        for i in 0..<3000 {
            let input = Self.mutate(seeds[i % seeds.count], &g)
            read += fuzzSigmaRule(input)
            fuzzYAML(input)
        }
        #expect(read > 0)
    }

    @Test func conditionsNeverCrash() {
        #expect(fuzzSigmaCondition(Array("selection and not 1 of filter_*".utf8)) == 3)
        #expect(fuzzSigmaCondition(Array("all of them".utf8)) == 8)
        #expect(fuzzSigmaCondition(Array("selection and".utf8)) == -1)
        var g = Generator(state: 42)
        let words = ["and", "or", "not", "(", ")", "1 of", "all of", "them", "sel_*", "selection", "_private", "|", "all", "1", "*", "x*y"]
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...12, using: &g)).map { _ in words.randomElement(using: &g)! }.joined(separator: " ")
            fuzzSigmaCondition(Array(text.utf8))
        }
        fuzzSigmaCondition(Array(String(repeating: "not ", count: 10_000).utf8))
        fuzzSigmaCondition(Array(String(repeating: "(", count: 10_000).utf8))
    }
}
