import RuleAtlasJSON
import RuleAtlasSupport

/// `ruleatlas technique ID`: the technique page as a person reads it.
enum TechniqueCommand: CLICommand {
    static let spec = CommandSpec(
        name: "technique",
        summary: "Show a technique: rules per vendor, events, fields, top indicators with corpus reach, exclusions, rules.",
        options: QueryOptions.filter + [OptionSpec("limit", valueName: "N", help: "Rows of fields, indicators and exclusions.", defaultValue: "20")],
        positionals: [PositionalSpec("ID", help: "Technique id, e.g. T1543.003 (case-insensitive).")],
        discussion: """
        EXAMPLES
          ruleatlas technique T1543.003
          ruleatlas technique --vendor sigma --limit 5 t1543.003
          ruleatlas technique --json T1059.001 | jq '.indicators[0]'

        Long values are shortened with … in the tables; --json prints the result whole.
        An unknown technique exits 1 (error 1001).
        """)

    static func run(_ args: ParsedArguments, _ session: CLISession) throws(CLIFailure) -> Int32 {
        var params = QueryOptions.merged(QueryOptions.filterParams(args), try QueryOptions.pagingParams(args, offset: false))
        params["id"] = JSON(args.positionals[0])
        let page = try session.call("technique.get", params)
        var parentName: String? = nil
        if !session.json, let parent = page["technique"]?["parent"]?.stringValue {
            parentName = (try? session.call("technique.get", ["id": JSON(parent), "limit": 0]))?["technique"]?["name"]?.stringValue
        }
        session.output(page) { TechniquePageRenderer.render($0, parentName: parentName) }
        return ExitStatus.success
    }
}
