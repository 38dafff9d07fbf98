import RuleAtlasModel

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
        map(vendor: vendor, draft, facts: index.facts(scope))
    }

    /// Maps every draft of one rule, reading the scope once.
    public func map(vendor: String, _ drafts: [PredicateDraft], scope: FieldScope) -> [PredicateDraft] {
        let facts = index.facts(scope)
        return drafts.map { map(vendor: vendor, $0, facts: facts) }
    }

    func map(vendor: String, _ draft: PredicateDraft, facts: ScopeFacts) -> PredicateDraft {
        guard let (canonical, transform) = resolve(vendor: vendor, field: draft.field, facts: facts) else { return draft }
        var named = draft
        named.field = canonical
        var out = transform.apply(to: named, windows: facts.isWindows)
        out.rawField = draft.rawField
        if out.field == "LogonType", out.op == .eq || out.op == .ne, let n = FieldTransform.logonTypeNumber(out.value) {
            out.value = n
        }
        return out
    }

    /// The canonical field and transform for a vendor field in a scope; nil when the field
    /// keeps its vendor name.
    public func resolve(vendor: String, field: String, scope: FieldScope) -> (field: String, transform: FieldTransform)? {
        resolve(vendor: vendor, field: field, facts: index.facts(scope))
    }

    func resolve(vendor: String, field: String, facts: ScopeFacts) -> (field: String, transform: FieldTransform)? {
        let rows = self.rows(vendor: vendor, field: field)
        if !rows.isEmpty {
            guard let row = index.choose(rows, facts: facts) else { return nil }
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
