import RuleAtlasModel

/// Counts for `server.status`.
public struct IndexStatus: Sendable, Equatable {
    /// Counted rules (not deprecated) per vendor.
    public var rulesByVendor: [Vendor: Int]
    public var rulesTotal: Int
    /// Deprecated rules (indexed, left out of counts by default).
    public var deprecatedRules: Int
    /// Candidate files seen (rule files, non-rule YAML/TOML, unreadable ones).
    public var filesTotal: Int
    /// Rule-like files that yielded no rule because of errors, and unreadable files.
    public var filesFailed: Int
    /// Files of a recognised vendor with no parser, per vendor.
    public var skippedByVendor: [Vendor: Int]
}

extension IndexSnapshot {
    public var status: IndexStatus {
        var byVendor: [Vendor: Int] = [:]
        var deprecated = 0
        for r in rules {
            if r.rule.deprecated { deprecated += 1 } else { byVendor[r.rule.vendor, default: 0] += 1 }
        }
        var failed = 0
        var skipped: [Vendor: Int] = [:]
        for f in files {
            if f.file.failed { failed += 1 }
            if case .unsupported(let v) = f.file.kind { skipped[v, default: 0] += 1 }
        }
        return IndexStatus(
            rulesByVendor: byVendor, rulesTotal: byVendor.values.reduce(0, +), deprecatedRules: deprecated,
            filesTotal: files.count, filesFailed: failed, skippedByVendor: skipped
        )
    }
}
