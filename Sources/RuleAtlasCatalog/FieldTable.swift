import RuleAtlasModel

/// Where a vendor field is used, so the table row that fits the events can be chosen.
public struct FieldScope: Sendable, Hashable {
    /// Catalog events the rule reads.
    public var events: [EventRef]
    /// Sigma-style categories or vendor scopes known for the rule (`process_creation`,
    /// `file`, `registry`, Elastic `event.category` values, Kusto table names).
    public var categories: Set<String>

    public init(events: [EventRef] = [], categories: Set<String> = []) {
        self.events = events
        self.categories = categories
    }
}

/// Vendor field -> canonical field, with the value rewrite of PREDICATES.md
/// ("Order of normalization", step 2).
///
/// CONTRACT (implemented by the catalog work): `map` returns the draft rewritten to
/// the canonical field (`process.name eq sc.exe` -> `Image ends_with \sc.exe`), keeping
/// `rawField`; unmapped fields come back unchanged. `isLogsourceSelector` names the
/// terms that are not predicates (`event.category`, `host.os.type`, `index`, ...).
public struct FieldTable: Sendable {
    public static let builtin = FieldTable()

    public init() {}

    /// `vendor` is `elastic`, `splunk`, `sentinel` or `defender` (the table's vendor column).
    public func map(vendor: String, _ draft: PredicateDraft, scope: FieldScope) -> PredicateDraft {
        draft
    }

    public func isLogsourceSelector(vendor: String, field: String) -> Bool {
        false
    }
}
