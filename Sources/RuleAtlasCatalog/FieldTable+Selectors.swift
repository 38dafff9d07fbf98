extension FieldTable {
    /// Whether a vendor term only picks the platform, data set or event kind (PREDICATES.md
    /// "Log-source selectors are not predicates"): such terms link the rule to events and are
    /// left out of every statistic.
    ///
    /// Elastic `host.os.type`/`family`/`name`, `event.category`, `event.type`, `event.kind`,
    /// `event.module`, `event.dataset`, `data_stream.*`, `_index`; Splunk `index`, `source`,
    /// `sourcetype`, `eventtype`, `Channel`; Kusto `Type`, `$table` and the channel columns
    /// `EventLog`/`Channel` (decision 0402). Sigma has none: its `logsource` is not a field.
    public func isLogsourceSelector(vendor: String, field: String) -> Bool {
        switch vendor.lowercased() {
        case "elastic":
            return Self.elasticSelectors.contains(field) || field.hasPrefix("data_stream.")
        case "splunk":
            return Self.splunkSelectors.contains(field.lowercased())
        case "kql", "sentinel", "defender":
            return Self.kustoSelectors.contains(field.lowercased())
        default:
            return false
        }
    }

    static let elasticSelectors: Set<String> = [
        "host.os.type", "host.os.family", "host.os.name", "event.category", "event.type", "event.kind",
        "event.module", "event.dataset", "_index",
    ]
    static let splunkSelectors: Set<String> = ["index", "source", "sourcetype", "eventtype", "channel"]
    static let kustoSelectors: Set<String> = ["type", "$table", "eventlog", "channel"]
}
