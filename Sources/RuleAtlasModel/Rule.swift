/// One rule document of any vendor, reduced to what every statistic needs.
public struct Rule: Sendable, Hashable {
    /// Vendor-unique id (Sigma `id`, Elastic `rule_id`, Splunk `id`, Sentinel `id`).
    public var id: String
    public var title: String
    public var vendor: Vendor
    /// Path of the rule file as given to the scanner.
    public var path: String
    /// Technique ids the rule carries, as written (v18 and v19 side by side), deduplicated, in order.
    public var techniques: [TechniqueID]
    /// ATT&CK tactic shortnames (`persistence`, `privilege-escalation`).
    public var tactics: [String]
    public var level: Level?
    /// The vendor's own status or maturity word (`test`, `production`, `deprecated`).
    public var status: String?
    /// Left out of every count unless `includeDeprecated` (PREDICATES.md, "Which rules count").
    public var deprecated: Bool
    /// Catalog events the rule reads.
    public var events: [EventRef]
    public var predicates: [Predicate]
    /// Where the rule document starts.
    public var location: SourceLocation
    /// Sigma correlation rules: indexed by technique, no predicates.
    public var isCorrelation: Bool
    /// Free text used by `rules.search` (description), kept short.
    public var description: String
    /// Technique names as the rule file spells them (Elastic `[[rule.threat]]`), so an id
    /// the catalog does not know can still be shown with a name.
    public var techniqueNames: [TechniqueID: String]

    public init(
        id: String, title: String, vendor: Vendor, path: String,
        techniques: [TechniqueID] = [], tactics: [String] = [], level: Level? = nil,
        status: String? = nil, deprecated: Bool = false, events: [EventRef] = [],
        predicates: [Predicate] = [], location: SourceLocation? = nil,
        isCorrelation: Bool = false, description: String = "", techniqueNames: [TechniqueID: String] = [:]
    ) {
        self.id = id
        self.title = title
        self.vendor = vendor
        self.path = path
        self.techniques = techniques
        self.tactics = tactics
        self.level = level
        self.status = status
        self.deprecated = deprecated
        self.events = events
        self.predicates = predicates
        self.location = location ?? SourceLocation(path: path, line: 1, column: 1)
        self.isCorrelation = isCorrelation
        self.description = description
        self.techniqueNames = techniqueNames
    }
}

/// What a vendor parser returns for one file: the rules it read and the problems it found.
public struct ParsedFile: Sendable {
    public var path: String
    public var vendor: Vendor?
    public var rules: [Rule]
    public var diagnostics: [Diagnostic]

    public init(path: String, vendor: Vendor?, rules: [Rule] = [], diagnostics: [Diagnostic] = []) {
        self.path = path
        self.vendor = vendor
        self.rules = rules
        self.diagnostics = diagnostics
    }

    /// True when the file was rule-like but yielded no rule because of errors.
    public var failed: Bool { rules.isEmpty && diagnostics.contains { $0.severity == .error } }
}
