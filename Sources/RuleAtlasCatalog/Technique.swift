import RuleAtlasModel

/// One ATT&CK technique or sub-technique as the catalog knows it.
public struct Technique: Sendable, Hashable {
    public var id: TechniqueID
    public var name: String
    /// Markdown from the STIX bundle; nil when only the built-in table is loaded.
    public var description: String?
    /// Tactic shortnames in matrix order (`persistence`, `privilege-escalation`).
    public var tactics: [String]
    public var parent: TechniqueID?
    public var subtechniques: [TechniqueID]
    public var revoked: Bool
    public var deprecated: Bool
    /// The technique that replaced this revoked one.
    public var revokedBy: TechniqueID?
    /// Ids linked across ATT&CK versions (v18 -> v19 map, revoked-by links), both directions.
    public var related: [TechniqueID]

    public init(
        id: TechniqueID, name: String, description: String? = nil, tactics: [String] = [],
        parent: TechniqueID? = nil, subtechniques: [TechniqueID] = [], revoked: Bool = false,
        deprecated: Bool = false, revokedBy: TechniqueID? = nil, related: [TechniqueID] = []
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.tactics = tactics
        self.parent = parent
        self.subtechniques = subtechniques
        self.revoked = revoked
        self.deprecated = deprecated
        self.revokedBy = revokedBy
        self.related = related
    }
}
