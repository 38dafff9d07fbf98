import RuleAtlasJSON
import RuleAtlasSupport

/// `ruleatlas layer > layer.json`: an ATT&CK Navigator 4.5 layer scoring techniques by rules.
enum LayerCommand: CLICommand {
    static let spec = CommandSpec(
        name: "layer",
        summary: "Print an ATT&CK Navigator layer (format 4.5) scoring techniques by rule count.",
        options: QueryOptions.filter + [OptionSpec("name", valueName: "NAME", help: "The layer's name.")],
        discussion: """
        EXAMPLES
          ruleatlas layer > layer.json
          ruleatlas layer --vendor sigma --name "Sigma coverage" > sigma-layer.json

        Open the file in ATT&CK Navigator (Open Existing Layer, Upload from local).
        """)

    static func run(_ args: ParsedArguments, _ session: CLISession) throws(CLIFailure) -> Int32 {
        var params = QueryOptions.filterParams(args)
        if let name = args.string("name") { params["name"] = JSON(name) }
        let layer = try session.call("coverage.layer", params)
        session.output(layer) { $0.prettyString }
        return ExitStatus.success
    }
}
