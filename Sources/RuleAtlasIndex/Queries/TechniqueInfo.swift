import RuleAtlasModel

/// The `technique` object of `technique.get`: catalog data, or the next best source for
/// an id the catalog does not know.
public struct TechniqueInfo: Sendable, Equatable {
    public var id: TechniqueID
    public var name: String
    public var description: String?
    public var tactics: [String]
    public var parent: TechniqueID?
    public var subtechniques: [TechniqueID]
    public var known: Bool
    public var revokedBy: TechniqueID?
    public var related: [TechniqueID]
}
