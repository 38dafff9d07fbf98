import RuleAtlasSupport

/// Every subcommand of `ruleatlas`, in help order.
enum CLICommands {
    static let all: [any CLICommand.Type] = [
        TechniqueCommand.self, SearchCommand.self, RuleCommand.self, IndicatorsCommand.self, LayerCommand.self,
        StatusCommand.self, PingCommand.self, CallCommand.self, WatchCommand.self,
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
        EXIT STATUS: 0 success, 1 the call returned an error, 2 usage error, 3 daemon unreachable.
        """)
}
