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

/// Vendor field -> canonical field, with the value rewrite of PREDICATES.md
/// ("Order of normalization", step 2).
///
/// `map` returns the draft rewritten to the canonical field (`process.name eq sc.exe` ->
/// `Image ends_with \sc.exe`), keeping `rawField`; unmapped fields come back unchanged, and so
/// do fields whose rows tie in the scope with different meanings (`source.ip` with unknown
/// events). `isLogsourceSelector` names the terms that are not predicates.
public struct FieldTable: Sendable {
    public static let builtin = FieldTable()

    let index: FieldIndex

    public init() { index = .builtin }

    /// `vendor` is `elastic`, `splunk`, `sentinel` or `defender` (the table's vendor column);
    /// `kql` consults both Kusto columns.
    public func map(vendor: String, _ draft: PredicateDraft, scope: FieldScope) -> PredicateDraft {
        guard let (canonical, transform) = resolve(vendor: vendor, field: draft.field, scope: scope) else { return draft }
        var named = draft
        named.field = canonical
        var out = transform.apply(to: named, windows: scope.isWindows)
        out.rawField = draft.rawField
        if out.field == "LogonType", out.op == .eq || out.op == .ne, let n = FieldTransform.logonTypeNumber(out.value) {
            out.value = n
        }
        return out
    }

    /// The canonical field and transform for a vendor field in a scope; nil when the field
    /// keeps its vendor name.
    public func resolve(vendor: String, field: String, scope: FieldScope) -> (field: String, transform: FieldTransform)? {
        let rows = self.rows(vendor: vendor, field: field)
        if !rows.isEmpty {
            guard let row = index.choose(rows, scope: scope) else { return nil }
            return row.transform == .keep ? nil : (row.canonical, row.transform)
        }
        return Self.patternField(vendor: vendor, field: field).map { ($0, .none) }
    }

    /// The table rows for a vendor field (exact spelling first, then case-insensitive).
    public func rows(vendor: String, field: String) -> [FieldRow] {
        let vendors = vendor.lowercased() == "kql" ? ["sentinel", "defender"] : [vendor.lowercased()]
        for exact in [true, false] {
            let found = vendors.flatMap { index.rows(vendor: $0, field: field, exact: exact) }
            if !found.isEmpty { return found }
        }
        return []
    }

    /// Pattern rows: Elastic `winlog.event_data.<Name>` -> `<Name>`; classic Splunk
    /// `New_Value` -> `NewValue`. Other vendors' EventData names are canonical as written.
    static func patternField(vendor: String, field: String) -> String? {
        switch vendor.lowercased() {
        case "elastic":
            let prefix = "winlog.event_data."
            guard field.hasPrefix(prefix), field.utf8.count > prefix.utf8.count else { return nil }
            return String(field.dropFirst(prefix.count))
        case "splunk":
            let parts = field.split(separator: "_", omittingEmptySubsequences: false)
            guard parts.count > 1, parts.allSatisfy({ p in
                p.first.map { $0.isUppercase || $0.isNumber } == true && p.allSatisfy { $0.isLetter || $0.isNumber }
            }) else { return nil }
            return parts.joined()
        default:
            return nil
        }
    }
}
