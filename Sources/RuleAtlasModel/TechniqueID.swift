/// An ATT&CK technique id (`T1543` or `T1543.003`), upper-cased, validated by shape only.
public struct TechniqueID: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts `t1543.003`, `T1543.003`, `attack.t1543.003`; nil for anything else.
    public init?(_ text: some StringProtocol) {
        var bytes = Array(text.utf8)
        if bytes.count > 7, bytes[0..<7].elementsEqual("attack.".utf8) || bytes[0..<7].lazy.map({ $0 | 0x20 }).elementsEqual("attack.".utf8) {
            bytes.removeFirst(7)
        }
        guard bytes.count == 5 || bytes.count == 9, bytes[0] | 0x20 == UInt8(ascii: "t") else { return nil }
        func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { bytes[$0] >= 48 && bytes[$0] <= 57 } }
        guard digits(1..<5) else { return nil }
        if bytes.count == 9 { guard bytes[5] == UInt8(ascii: "."), digits(6..<9) else { return nil } }
        bytes[0] = UInt8(ascii: "T")
        rawValue = String(decoding: bytes, as: UTF8.self)
    }

    public var description: String { rawValue }
    public var isSubtechnique: Bool { rawValue.utf8.count == 9 }
    /// `T1543` for `T1543.003`; nil for a technique.
    public var parent: TechniqueID? { isSubtechnique ? TechniqueID(rawValue.prefix(5)) : nil }

    public static func < (a: TechniqueID, b: TechniqueID) -> Bool { a.rawValue < b.rawValue }
}
