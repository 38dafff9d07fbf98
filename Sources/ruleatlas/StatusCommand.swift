import RuleAtlasJSON
import RuleAtlasSupport

/// `ruleatlas status`: what the daemon serves and how it is doing.
enum StatusCommand: CLICommand {
    static let spec = CommandSpec(name: "status", summary: "Show the daemon's version, load state, rule counts, connections and limits.",
        discussion: """
        EXAMPLES
          ruleatlas status
          ruleatlas status --json | jq '.diagnostics | length'
        """)

    static func run(_ args: ParsedArguments, _ session: CLISession) throws(CLIFailure) -> Int32 {
        let result = try session.call("server.status")
        session.output(result) { render($0, socket: session.socket.path) }
        return ExitStatus.success
    }

    static func render(_ status: JSON, socket: String) -> String {
        var summary = TextTable("field", "value")
        summary.showHeader = false
        summary.append("socket", socket)
        for key in ["version", "generation", "startedAt", "loadedAt", "connections", "requests"] {
            summary.append(key, scalar(status[key]))
        }
        if let rules = status["rules"] { summary.append("rules", scalar(rules["total"])) }
        if let files = status["files"] { summary.append("files", "\(scalar(files["total"])) (\(scalar(files["failed"])) failed)") }
        if let reload = status["lastReload"], !reload.isNull {
            summary.append("lastReload", "\(scalar(reload["ms"])) ms, \(scalar(reload["files"])) files")
        }
        var sections = [summary.render()]
        if let byVendor = status["rules"]?["byVendor"]?.objectValue, !byVendor.isEmpty {
            var table = TextTable([.init(title: "vendor"), .init(title: "rules", numeric: true)])
            for (vendor, count) in byVendor { table.append(vendor, scalar(count)) }
            sections.append(table.render())
        }
        if let diagnostics = status["diagnostics"]?.arrayValue, !diagnostics.isEmpty {
            var table = TextTable("severity", "where", "message")
            for d in diagnostics.prefix(20) {
                table.append(scalar(d["severity"]), Cell.fit("\(scalar(d["path"])):\(scalar(d["line"])):\(scalar(d["column"]))", 70, keepEnd: true),
                             Cell.fit(scalar(d["message"]), 80))
            }
            sections.append(table.render() + (diagnostics.count > 20 ? "\n... \(diagnostics.count - 20) more" : ""))
        }
        if let limits = status["limits"]?.objectValue {
            var table = TextTable([.init(title: "limit"), .init(title: "value", numeric: true)])
            for (name, value) in limits { table.append(name, scalar(value)) }
            sections.append(table.render())
        }
        return sections.joined(separator: "\n\n")
    }

    /// A scalar as people read it: strings unquoted, null as `-`.
    static func scalar(_ value: JSON?) -> String {
        switch value {
        case nil, .null?: return "-"
        case .string(let s)?: return s
        case let other?: return other.compactString
        }
    }
}
