import RuleAtlasModel

/// A rule as listed under a technique.
public struct RuleListing: Sendable, Equatable {
    public var id: String
    public var title: String
    public var vendor: Vendor
    public var path: String
    public var level: Level?
    public var techniques: [TechniqueID]

    init(_ r: IndexedRule) {
        id = r.rule.id
        title = r.rule.title
        vendor = r.rule.vendor
        path = r.rule.path
        level = r.rule.level
        techniques = r.rule.techniques
    }
}

/// A field filtered under a technique: rules using it, rules per op, five sample values.
public struct FieldRow: Sendable, Equatable {
    public var field: String
    public var rules: Int
    /// Op wire name and rules, by count descending, then op name.
    public var ops: [(op: String, rules: Int)]
    public var samples: [String]

    public static func == (a: FieldRow, b: FieldRow) -> Bool {
        a.field == b.field && a.rules == b.rules && a.samples == b.samples
            && a.ops.map(\.op) == b.ops.map(\.op) && a.ops.map(\.rules) == b.ops.map(\.rules)
    }
}

/// A positive `(field, op, value)` row with its counts here and across the corpus.
public struct IndicatorRow: Sendable, Equatable {
    public var field: String
    public var op: Op
    /// The most frequent original spelling.
    public var value: String
    /// The grouping key (lower-cased unless `regex_match`).
    public var valueKey: String
    public var rulesHere: Int
    public var corpusReach: Int

    /// `rulesHere / corpusReach`: 1.0 when used only here.
    public var specificity: Double { corpusReach == 0 ? 0 : Double(rulesHere) / Double(corpusReach) }
}

/// An exclusion `(field, op, value)` row.
public struct ExclusionRow: Sendable, Equatable {
    public var field: String
    public var op: Op
    public var value: String
    public var valueKey: String
    public var rules: Int
}

/// A catalog event read by rules under a technique.
public struct EventRow: Sendable, Equatable {
    public var provider: String
    public var eventId: Int
    public var title: String
    public var link: EventLinkKind
    public var rules: Int
}

/// A technique id with a rule count (event and indicator lookups).
public struct TechniqueCount: Sendable, Equatable {
    public var id: TechniqueID
    public var rules: Int
}
