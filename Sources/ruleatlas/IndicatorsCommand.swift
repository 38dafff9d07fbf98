import RuleAtlasJSON
import RuleAtlasSupport

/// `ruleatlas indicators`: ranked (field, op, value) rows, corpus-wide or under a technique.
enum IndicatorsCommand: CLICommand {
    static let spec = CommandSpec(
        name: "indicators",
        summary: "Rank indicator values (or exclusions) by rules, corpus reach or specificity.",
        options: QueryOptions.filter + QueryOptions.paging + QueryOptions.narrowing + [
            OptionSpec("op", valueName: "OP", help: "Only this operator (eq, match, ends_with, ...)."),
            .flag("exclusions", help: "Rank exclusions instead of positive indicators."),
            OptionSpec("sort", valueName: "KEY", help: "rules, reach or specificity (descending).", defaultValue: "rules"),
        ],
        discussion: """
        EXAMPLES
          ruleatlas indicators --technique T1543.003
          ruleatlas indicators --technique T1543.003 --exclusions
          ruleatlas indicators --field Image --op ends_with --sort reach
          ruleatlas indicators --technique T1059 --sort specificity --limit 50

        reach: rules in the whole corpus with the same (field, kind, value); specificity: rules / reach.
        """)

    static func run(_ args: ParsedArguments, _ session: CLISession) throws(CLIFailure) -> Int32 {
        var params = QueryOptions.merged(QueryOptions.filterParams(args), try QueryOptions.pagingParams(args))
        for name in ["technique", "field", "op", "sort"] { if let v = args.string(name) { params[name] = JSON(v) } }
        if args.flag("exclusions") { params["polarity"] = "exclusion" }
        let result = try session.call("indicators.rank", params)
        session.output(result) { render($0, exclusions: args.flag("exclusions")) }
        return ExitStatus.success
    }

    /// `0.75`, `1.00`: a ratio with two decimals.
    static func twoDecimals(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = String(hundredths % 100)
        return "\(hundredths / 100)." + (fraction.count == 1 ? "0" + fraction : fraction)
    }

    static func render(_ result: JSON, exclusions: Bool = false) -> String {
        var table = TextTable([.init(title: "field"), .init(title: "kind"), .init(title: "rules", numeric: true),
                               .init(title: "reach", numeric: true), .init(title: "specificity", numeric: true), .init(title: "value")])
        for i in result["items"]?.arrayValue ?? [] {
            let s = i["specificity"]?.doubleValue ?? 0
            table.append(Cell.fit(i["field"]?.text ?? "", 40), i["op"]?.text ?? "", i["rulesHere"]?.text ?? "", i["corpusReach"]?.text ?? "",
                         Self.twoDecimals(s), Cell.fit(i["value"]?.text ?? "", 80))
        }
        return QueryOptions.title(exclusions ? "Exclusions" : "Indicators", result) + "\n" + table.render()
    }
}
