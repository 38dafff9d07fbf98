import RuleAtlasJSON
import RuleAtlasSupport

/// `ruleatlas analyze FILE`: a draft rule read as the index would read it.
enum AnalyzeCommand: CLICommand {
    static let spec = CommandSpec(
        name: "analyze",
        summary: "Read a draft rule as the index would: its predicates with polarity, events, and diagnostics.",
        options: [DraftText.formatOption],
        positionals: [PositionalSpec("FILE", help: "The rule file, or - for standard input.")],
        discussion: """
        EXAMPLES
          ruleatlas analyze my_rule.yml
          ruleatlas analyze --format elastic - < rule.toml
          ruleatlas analyze --json my_rule.yml | jq '.rule.predicates'

        Exits 1 when the draft has an error diagnostic (or yields no rule), 0 otherwise.
        """)

    static func run(_ args: ParsedArguments, _ session: CLISession) throws(CLIFailure) -> Int32 {
        let result = try session.call("authoring.analyze", try DraftText.params(args, path: args.positionals[0]))
        session.output(result) { render($0) }
        let noRule = result["rule"]?.isNull ?? true
        let errors = (result["diagnostics"]?.arrayValue ?? []).contains { (d: JSON) in d["severity"]?.stringValue == "error" }
        let failed = noRule || errors
        return failed ? ExitStatus.callFailed : ExitStatus.success
    }

    static func render(_ r: JSON) -> String {
        var parts: [String] = []
        if let rule = r["rule"], !rule.isNull { parts.append(RuleCommand.render(rule)) } else { parts.append("No rule could be read.") }
        let diagnostics = r["diagnostics"]?.arrayValue ?? []
        if !diagnostics.isEmpty {
            var table = TextTable("severity", "at", "message")
            for d in diagnostics {
                table.append(d["severity"]?.text ?? "", "\(d["line"]?.text ?? "0"):\(d["column"]?.text ?? "0")", Cell.fit(d["message"]?.text ?? "", 130))
            }
            parts.append("Diagnostics (\(diagnostics.count))\n" + table.render())
        }
        return parts.joined(separator: "\n\n")
    }
}
