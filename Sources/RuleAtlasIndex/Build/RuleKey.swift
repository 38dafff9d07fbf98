import RuleAtlasModel

/// A rule's identity in the index: ids are unique per vendor (PREDICATES.md).
public struct RuleKey: Sendable, Hashable, Comparable {
    public var vendor: Vendor
    public var id: String

    public init(vendor: Vendor, id: String) {
        self.vendor = vendor
        self.id = id
    }

    public static func < (a: RuleKey, b: RuleKey) -> Bool {
        a.vendor != b.vendor ? a.vendor < b.vendor : a.id < b.id
    }
}
