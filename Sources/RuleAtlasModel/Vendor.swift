/// The four rule corpora RuleAtlas reads. Raw values are the wire names of API.md.
public enum Vendor: String, CaseIterable, Sendable, Hashable, Comparable, Codable {
    case sigma
    case elastic
    case splunk
    /// Sentinel analytic rules and Defender hunting queries (Kusto).
    case kql

    public static func < (a: Vendor, b: Vendor) -> Bool { a.order < b.order }

    private var order: Int {
        switch self {
        case .sigma: 0
        case .elastic: 1
        case .splunk: 2
        case .kql: 3
        }
    }

    /// Human name for tables ("Kusto Query Language" for `kql`).
    public var displayName: String {
        switch self {
        case .sigma: "Sigma"
        case .elastic: "Elastic"
        case .splunk: "Splunk"
        case .kql: "Kusto Query Language"
        }
    }
}
