import RuleAtlasModel

/// Where a vendor field is used, so the table row that fits the events can be chosen.
public struct FieldScope: Sendable, Hashable {
    /// Catalog events the rule reads.
    public var events: [EventRef]
    /// Sigma-style categories or vendor scopes known for the rule (`process_creation`,
    /// `file`, `registry`, Elastic `event.category` values, Kusto table names), and the
    /// platform (`windows`, `linux`, `macos`) when the rule names one.
    public var categories: Set<String>

    public init(events: [EventRef] = [], categories: Set<String> = []) {
        self.events = events
        self.categories = categories
    }

    /// Whether anything is known about where the rule looks (platform words aside).
    public var isUnknown: Bool { events.isEmpty && categories.subtracting(Self.platforms).isEmpty }

    /// False when `categories` names a non-Windows platform (`linux`, `macos`) and no catalog
    /// event: file-name rewrites then join with `/` and user names carry no domain.
    public var isWindows: Bool { !events.isEmpty || categories.isDisjoint(with: Self.otherPlatforms) }

    static let otherPlatforms: Set<String> = ["linux", "macos", "darwin"]
    static let platforms: Set<String> = otherPlatforms.union(["windows"])
}
