import RuleAtlasJSON
import RuleAtlasSupport

/// `ruleatlas search TEXT`: techniques by id prefix or name, and rules by title, description or id.
enum SearchCommand: CLICommand {
    static let spec = CommandSpec(
        name: "search",
        summary: "Find techniques (id prefix or name words) and rules (title, description, id).",
        options: QueryOptions.filter + QueryOptions.paging + QueryOptions.narrowing,
        positionals: [PositionalSpec("TEXT", help: "Words to look for.", optional: true, variadic: true)],
        discussion: """
        EXAMPLES
          ruleatlas search service
          ruleatlas search --technique T1543.003 --vendor sigma
          ruleatlas search --field ServiceFileName --limit 50
        """)

    static func run(_ args: ParsedArguments, _ session: CLISession) throws(CLIFailure) -> Int32 {
        let text = args.positionals.joined(separator: " ")
        let paging = try QueryOptions.pagingParams(args)
        var ruleParams = QueryOptions.merged(QueryOptions.filterParams(args), paging)
        if !text.isEmpty { ruleParams["text"] = JSON(text) }
        if let t = args.string("technique") { ruleParams["technique"] = JSON(t) }
        if let f = args.string("field") { ruleParams["field"] = JSON(f) }
        var techniques: JSON = .null
        if !text.isEmpty, args.string("technique") == nil, args.string("field") == nil {
            techniques = try session.call("technique.search", QueryOptions.merged(["query": JSON(text)], paging))
        }
        let rules = try session.call("rules.search", ruleParams)
        let result: JSON = ["techniques": techniques, "rules": rules]
        session.output(result) { render($0) }
        return ExitStatus.success
    }

    static func render(_ result: JSON) -> String {
        var sections: [String] = []
        if let items = result["techniques"]?["items"]?.arrayValue {
            var table = TextTable([.init(title: "technique"), .init(title: "rules", numeric: true), .init(title: "name"), .init(title: "tactics")])
            for t in items {
                table.append(t["id"]?.text ?? "", t["ruleCount"]?.text ?? "", Cell.fit(t["name"]?.text ?? "", 70),
                             Cell.fit((t["tactics"]?.stringArrayValue ?? []).joined(separator: ", "), 60))
            }
            sections.append(QueryOptions.title("Techniques", result["techniques"]) + "\n" + table.render())
        }
        var table = TextTable("vendor", "title", "techniques", "id")
        for r in result["rules"]?["items"]?.arrayValue ?? [] {
            table.append(r["vendor"]?.text ?? "", Cell.fit(r["title"]?.text ?? "", 80),
                         Cell.fit((r["techniques"]?.stringArrayValue ?? []).joined(separator: ","), 30), r["id"]?.text ?? "")
        }
        sections.append(QueryOptions.title("Rules", result["rules"]) + "\n" + table.render())
        return sections.joined(separator: "\n\n")
    }
}
