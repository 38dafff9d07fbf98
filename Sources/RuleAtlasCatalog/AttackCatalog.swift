import RuleAtlasModel

/// The ATT&CK technique catalog: the built-in table, optionally enriched from a STIX bundle.
///
/// `builtin` is generated from the v18.1 bundle (see `Sources/RuleAtlasCatalog/Generated/gen-catalog.py`) and carries ids,
/// names, tactics, parents, sub-techniques, revoked/deprecated flags, `revokedBy` and the
/// cross-version `related` links; `load(stixBundleAt:)` reads a bundle and adds descriptions.
/// Ids the catalog does not know (ATT&CK v19 ids such as `T1685`) are simply absent from
/// `techniques`; `related(_:)` and `name(_:)` still answer for them.
public final class AttackCatalog: Sendable {
    public let techniques: [TechniqueID: Technique]
    /// Tactics in matrix order, the v19 `stealth` and `defense-impairment` included.
    public let tactics: [Tactic]
    /// Names of ids the table does not hold, from the v18 -> v19 map (`T1685` "Disable or Modify Tools").
    public let otherNames: [TechniqueID: String]
    /// Cross-version links of every id, known or not, in both directions.
    private let relatedIndex: [TechniqueID: [TechniqueID]]
    private let tacticIndex: [String: Int]

    public convenience init(techniques: [TechniqueID: Technique]) {
        self.init(techniques: techniques, tactics: [], otherNames: [:], related: [:])
    }

    public init(
        techniques: [TechniqueID: Technique], tactics: [Tactic], otherNames: [TechniqueID: String],
        related: [TechniqueID: [TechniqueID]]
    ) {
        self.techniques = techniques
        self.tactics = tactics
        self.otherNames = otherNames
        self.relatedIndex = related
        var index: [String: Int] = [:]
        for (i, t) in tactics.enumerated() { index[t.shortname] = i }
        tacticIndex = index
    }

    /// The compact table compiled into the binary, parsed on first use.
    public static let builtin: AttackCatalog = AttackCatalog.parseBuiltin()

    public func technique(_ id: TechniqueID) -> Technique? { techniques[id] }

    /// Every technique sorted by id.
    public var all: [Technique] { techniques.values.sorted { $0.id < $1.id } }

    /// Whether `id` is in the table (active, revoked or deprecated).
    public func knows(_ id: TechniqueID) -> Bool { techniques[id] != nil }

    /// The technique name, or the v19 name of an id the table does not hold.
    public func name(_ id: TechniqueID) -> String? { techniques[id]?.name ?? otherNames[id] }

    /// `Create or Modify System Process: Windows Service` for a sub-technique, the plain name
    /// otherwise (as the ATT&CK site titles its pages).
    public func fullName(_ id: TechniqueID) -> String? {
        guard let name = name(id) else { return nil }
        guard let parent = id.parent, let parentName = self.name(parent) else { return name }
        return "\(parentName): \(name)"
    }

    /// Ids linked to `id` across versions (v18 -> v19 moves and revoked-by links, both directions),
    /// sorted; empty for an id with no links. Works for ids the table does not know.
    public func related(_ id: TechniqueID) -> [TechniqueID] { relatedIndex[id] ?? [] }

    /// The tactic with this shortname (`persistence`, `stealth`).
    public func tactic(_ shortname: String) -> Tactic? { tacticIndex[shortname].map { tactics[$0] } }
}
