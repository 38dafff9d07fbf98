import RuleAtlasJSON
import RuleAtlasSupport

/// `ruleatlas call METHOD [JSON-PARAMS]`: any method, result printed as JSON.
enum CallCommand: CLICommand {
    static let spec = CommandSpec(
        name: "call",
        summary: "Call any method; prints the result (indented, or compact with --json).",
        positionals: [
            PositionalSpec("METHOD", help: "Method name, e.g. technique.get (see rpc.discover)."),
            PositionalSpec("JSON-PARAMS", help: "Named params as a JSON object, e.g. '{\"id\":\"T1543.003\"}'.", optional: true),
        ],
        discussion: """
        EXAMPLES
          ruleatlas call server.status
          ruleatlas call technique.get '{"id":"T1543.003","limit":5}'
          ruleatlas call --json indicators.lookup '{"field":"Image","value":"\\\\sc.exe","op":"ends_with"}'
          ruleatlas call rpc.discover | less

        A method's error is printed on stderr as 'error CODE: MESSAGE' with exit status 1.
        """)

    static func run(_ args: ParsedArguments, _ session: CLISession) throws(CLIFailure) -> Int32 {
        let method = args.positionals[0]
        var params: JSONObject?
        if args.positionals.count > 1 {
            let parsed: JSON
            do { parsed = try JSONParser.parse(args.positionals[1]) } catch {
                throw .usage("JSON-PARAMS is not valid JSON: \(error)")
            }
            guard case .object(let object) = parsed else { throw .usage("JSON-PARAMS must be a JSON object of named params") }
            params = object
        }
        let result = try session.call(method, params)
        session.output(result) { $0.prettyString }
        return ExitStatus.success
    }
}
