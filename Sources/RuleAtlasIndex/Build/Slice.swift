import RuleAtlasModel

/// One partition of the counted rules: a vendor and whether its rules are deprecated.
///
/// Every rule belongs to exactly one slice, so per-row counts of several slices add up;
/// the `vendors`/`includeDeprecated` filters select a set of slices (`SliceMask`).
public struct Slice: Sendable, Hashable {
    public static let count = Vendor.allCases.count * 2

    public let index: Int

    public init(vendor: Vendor, deprecated: Bool) {
        let v = Vendor.allCases.firstIndex(of: vendor) ?? 0
        index = v * 2 + (deprecated ? 1 : 0)
    }

    public var vendor: Vendor { Vendor.allCases[index / 2] }
    public var deprecated: Bool { index % 2 == 1 }
}

/// A set of slices, one bit per `Slice.index`.
public struct SliceMask: Sendable, Hashable {
    public var bits: UInt16

    public init(bits: UInt16) { self.bits = bits }

    /// The slices of `vendors` (every vendor when nil or empty), deprecated ones only when asked.
    public init(vendors: [Vendor]?, includeDeprecated: Bool) {
        var b: UInt16 = 0
        let chosen = (vendors?.isEmpty ?? true) ? Vendor.allCases : vendors ?? []
        for v in chosen {
            b |= 1 << UInt16(Slice(vendor: v, deprecated: false).index)
            if includeDeprecated { b |= 1 << UInt16(Slice(vendor: v, deprecated: true).index) }
        }
        bits = b
    }

    /// Every vendor, deprecated rules left out: the default of every method.
    public static let standard = SliceMask(vendors: nil, includeDeprecated: false)

    public func contains(_ slice: Int) -> Bool { bits & (1 << UInt16(slice)) != 0 }
}
