import RuleAtlasJSON
import RuleAtlasSupport

/// `ruleatlas suggest`: authoring advice for a technique and/or a draft rule.
enum SuggestCommand: CLICommand {
    static let spec = CommandSpec(
        name: "suggest",
        summary: "Advice for a new rule: events, fields, indicators and exclusions other rules use; noisy values and similar rules of a draft.",
        options: [
            OptionSpec("technique", valueName: "ID", help: "The technique the rule is for (default: the draft's first technique)."),
            DraftText.formatOption,
        ] + QueryOptions.filter.filter { $0.name == "vendor" },
        positionals: [PositionalSpec("FILE", help: "A draft rule file, or - for standard input (optional with --technique).", optional: true)],
        discussion: """
        EXAMPLES
          ruleatlas suggest --technique T1543.003
          ruleatlas suggest my_rule.yml
          ruleatlas suggest --technique T1543.003 --vendor sigma my_rule.yml
        """)

    static func run(_ args: ParsedArguments, _ session: CLISession) throws(CLIFailure) -> Int32 {
        var params: JSONObject = [:]
        if let path = args.positionals.first { params = try DraftText.params(args, path: path) }
        if let technique = args.string("technique") { params["technique"] = JSON(technique) }
        guard params["technique"] != nil || params["text"] != nil else {
            throw .usage("give --technique ID, a draft FILE, or both")
        }
        if let vendors = QueryOptions.filterParams(args)["vendors"] { params["vendors"] = vendors }
        let result = try session.call("authoring.suggest", params)
        session.output(result) { render($0) }
        return ExitStatus.success
    }

    static func render(_ r: JSON) -> String {
        let suggestions = r["suggestions"]?.arrayValue ?? []
        var head = "Suggestions for \(r["technique"]?.text ?? "the draft")"
        if suggestions.isEmpty { head += ": none" }
        var table = TextTable("kind", "advice")
        for s in suggestions { table.append(s["kind"]?.text ?? "", Cell.fit(s["message"]?.text ?? "", 140)) }
        return suggestions.isEmpty ? head : head + "\n\n" + table.render()
    }
}
