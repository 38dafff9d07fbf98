import RuleAtlasModel

/// The result of `technique.get`.
public struct TechniquePage: Sendable, Equatable {
    public var technique: TechniqueInfo
    public var ruleCount: Int
    /// Vendors in wire order, each with every rule sorted by title.
    public var rulesByVendor: [(vendor: Vendor, rules: [RuleListing])]
    public var events: [EventRow]
    public var fields: [FieldRow]
    public var indicators: [IndicatorRow]
    public var exclusions: [ExclusionRow]
    public var distinctFields: Int
    public var distinctIndicators: Int
    public var distinctExclusions: Int

    public static func == (a: TechniquePage, b: TechniquePage) -> Bool {
        a.technique == b.technique && a.ruleCount == b.ruleCount
            && a.rulesByVendor.map(\.vendor) == b.rulesByVendor.map(\.vendor)
            && a.rulesByVendor.map(\.rules) == b.rulesByVendor.map(\.rules)
            && a.events == b.events && a.fields == b.fields && a.indicators == b.indicators
            && a.exclusions == b.exclusions && a.distinctFields == b.distinctFields
            && a.distinctIndicators == b.distinctIndicators && a.distinctExclusions == b.distinctExclusions
    }
}

/// Filters shared by every counting method.
public struct IndexFilter: Sendable, Hashable {
    public var vendors: [Vendor]?
    public var includeDeprecated: Bool

    public init(vendors: [Vendor]? = nil, includeDeprecated: Bool = false) {
        self.vendors = vendors
        self.includeDeprecated = includeDeprecated
    }

    public var mask: SliceMask { SliceMask(vendors: vendors, includeDeprecated: includeDeprecated) }

    public func admits(_ r: IndexedRule) -> Bool { mask.contains(r.slice) }
}
