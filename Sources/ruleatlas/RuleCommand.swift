import RuleAtlasJSON
import RuleAtlasSupport

/// `ruleatlas rule ID`: one rule with its techniques, events and predicates.
enum RuleCommand: CLICommand {
    static let spec = CommandSpec(
        name: "rule",
        summary: "Show a rule: vendor, level, status, techniques, events and every predicate with its polarity.",
        positionals: [PositionalSpec("ID", help: "The rule's id (Sigma id, Elastic rule_id, ...).")],
        discussion: """
        EXAMPLES
          ruleatlas rule RULE-ID
          ruleatlas rule --json RULE-ID | jq '.predicates'

        Rule ids are listed by 'ruleatlas technique ID' and 'ruleatlas search'. An unknown id exits 1.
        """)

    static func run(_ args: ParsedArguments, _ session: CLISession) throws(CLIFailure) -> Int32 {
        let rule = try session.call("rule.get", ["id": JSON(args.positionals[0])])
        session.output(rule) { render($0) }
        return ExitStatus.success
    }

    static func render(_ r: JSON) -> String {
        var facts = TextTable("field", "value")
        facts.showHeader = false
        facts.append("id", r["id"]?.text ?? "-")
        facts.append("vendor", r["vendor"]?.text ?? "-")
        facts.append("path", Cell.fit(r["path"]?.text ?? "-", 146, keepEnd: true))
        facts.append("level", r["level"]?.text ?? "-")
        facts.append("status", (r["status"]?.text ?? "-") + (r["deprecated"]?.boolValue == true ? " (deprecated)" : ""))
        facts.append("techniques", Cell.fit((r["techniques"]?.stringArrayValue ?? []).joined(separator: ", "), 146))
        let events = (r["events"]?.arrayValue ?? []).map { "\($0["provider"]?.text ?? "") \($0["eventId"]?.text ?? "") (\($0["link"]?.text ?? ""))" }
        facts.append("events", events.isEmpty ? "-" : Cell.fit(events.joined(separator: ", "), 146))
        let rows = r["predicates"]?.arrayValue ?? []
        let renamed = rows.contains { $0["rawField"] != $0["field"] }
        var predicates = renamed ? TextTable("polarity", "field", "op", "value", "as written") : TextTable("polarity", "field", "op", "value")
        for p in rows {
            let raw = p["rawField"]?.text ?? ""
            predicates.append(p["polarity"]?.text ?? "", Cell.fit(p["field"]?.text ?? "", 36), p["op"]?.text ?? "",
                              Cell.fit(p["value"]?.text ?? "", 64), raw == p["field"]?.text ? "" : Cell.fit(raw, 30))
        }
        return [Cell.fit(r["title"]?.text ?? "", 160), facts.render(), "Predicates (\(r["predicates"]?.arrayValue?.count ?? 0))\n" + predicates.render()]
            .joined(separator: "\n\n")
    }
}
