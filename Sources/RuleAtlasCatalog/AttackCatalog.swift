import RuleAtlasModel

/// The ATT&CK technique catalog: the built-in table, optionally enriched from a STIX bundle.
///
/// CONTRACT (implemented by the catalog work): `builtin` is generated from the v18.1
/// bundle and carries ids, names, tactics, parents, sub-techniques, revoked/deprecated
/// flags, revokedBy and the v18 -> v19 `related` links; `load(stixBundleAt:)` adds
/// descriptions.
public final class AttackCatalog: Sendable {
    public let techniques: [TechniqueID: Technique]

    public init(techniques: [TechniqueID: Technique]) { self.techniques = techniques }

    /// The compact table compiled into the binary.
    public static let builtin = AttackCatalog(techniques: [:])

    public func technique(_ id: TechniqueID) -> Technique? { techniques[id] }

    /// Every technique sorted by id.
    public var all: [Technique] { techniques.values.sorted { $0.id < $1.id } }
}
