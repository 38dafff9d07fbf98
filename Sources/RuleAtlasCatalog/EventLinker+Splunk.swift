import RuleAtlasModel

extension EventLinker {
    /// Rows for a Splunk `data_source` name: the table's rows, each part of a compound
    /// `A AND B` name, or for names the table lacks, the `<source> N` naming scheme.
    func dataSourceRows(_ name: String) -> [LinkRow] {
        Self.splitCompound(name).flatMap { part -> [LinkRow] in
            let trimmed = String(part.trimmingWhitespaceSubstring())
            let rows = table.rows("splunk", "data_source", trimmed)
            return rows.isEmpty ? Self.parsedDataSource(trimmed).map { [$0] } ?? [] : rows
        }
    }

    /// `A AND B` -> `[A, B]`.
    static func splitCompound(_ name: String) -> [String] {
        name.split(separator: " AND ").map(String.init)
    }

    /// Splunk data-source name prefixes -> catalog provider (or placeholder channel).
    private static let dataSourcePrefixes: [(prefix: String, provider: String)] = [
        ("sysmon eventid ", "Sysmon"),
        ("windows event log security ", "Security-Auditing"),
        ("windows security ", "Security-Auditing"),
        ("windows event log system ", "(System)"),
        ("windows event log application ", "(Application)"),
        ("windows event log defender ", "Windows-Defender"),
        ("windows event log taskscheduler ", "TaskScheduler"),
        ("windows event log printservice ", "PrintService"),
        ("powershell script block logging ", "PowerShell"),
        ("ntlm operational ", "NTLM"),
    ]

    /// `Sysmon EventID 19` -> a Sysmon row for id 19 (exact after the channel rule).
    static func parsedDataSource(_ name: String) -> LinkRow? {
        let lower = name.lowercased()
        for (prefix, provider) in dataSourcePrefixes where lower.hasPrefix(prefix) {
            let ids = lower.dropFirst(prefix.count).split(separator: ",").compactMap { Int($0.trimmingWhitespaceSubstring()) }
            guard !ids.isEmpty else { return nil }
            return LinkRow(vendor: "splunk", kind: "data_source", key: lower, conditions: [], provider: provider,
                           events: .ids(ids), link: .exact)
        }
        return nil
    }
}
