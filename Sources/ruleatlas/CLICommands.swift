import RuleAtlasSupport

/// Every subcommand of `ruleatlas`, in help order.
enum CLICommands {
    static let all: [any CLICommand.Type] = [
        TechniqueCommand.self, SearchCommand.self, RuleCommand.self, IndicatorsCommand.self, LayerCommand.self,
        AnalyzeCommand.self, SuggestCommand.self, StatusCommand.self, PingCommand.self, CallCommand.self, WatchCommand.self,
    ]

    static let rootSpec = CommandSpec(
        name: "ruleatlas",
        summary: "Ask a running ruleatlasd what public detection rules know about ATT&CK techniques.",
        options: [
            OptionSpec("socket", valueName: "PATH", help: "The daemon's socket (else $RULEATLAS_SOCKET, $XDG_RUNTIME_DIR/ruleatlas.sock, /tmp/ruleatlas-$UID/ruleatlas.sock)."),
            .flag("json", help: "Print raw JSON results."),
            OptionSpec("timeout", valueName: "SECONDS", help: "How long to wait for an answer.", defaultValue: "60"),
        ],
        subcommands: all.map { $0.spec },
        discussion: """
        EXAMPLES
          ruleatlas technique T1543.003            the technique page: rules, events, fields, indicators, exclusions
          ruleatlas search service                 techniques and rules matching words
          ruleatlas indicators --technique T1543   top indicator values under a technique, with corpus reach
          ruleatlas rule 972f193a-e513-4989-9f7b-53bdf835920c 
          ruleatlas layer > layer.json             an ATT&CK Navigator layer
          ruleatlas --json technique T1543.003 | jq .ruleCount

        Run 'ruleatlas COMMAND --help' for a command's own options.

        EXIT STATUS: 0 success, 1 the call returned an error, 2 usage error, 3 daemon unreachable.
        """)
}
