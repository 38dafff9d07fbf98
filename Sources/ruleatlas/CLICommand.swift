import RuleAtlasSupport

/// One `ruleatlas` subcommand, one file each; `CLICommands.all` lists them.
protocol CLICommand: Sendable {
    /// Name, summary, the command's own options and positionals.
    static var spec: CommandSpec { get }
    /// Runs with parsed arguments; returns the exit status (see `ExitStatus`).
    static func run(_ args: ParsedArguments, _ session: CLISession) throws(CLIFailure) -> Int32
}

/// Exit statuses scripts can rely on.
enum ExitStatus {
    static let success: Int32 = 0
    /// The call returned an error (or, for query commands, findings).
    static let callFailed: Int32 = 1
    static let usage: Int32 = 2
    static let unreachable: Int32 = 3
}

/// Why a command stopped early; mapped to a message and an exit status in `main`.
enum CLIFailure: Error {
    case usage(String)
    case unreachable(path: String, reason: String)
    case remote(DaemonClient.RemoteError)
    case protocolError(String)
}
