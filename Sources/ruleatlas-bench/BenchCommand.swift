import RuleAtlasSupport

/// One `ruleatlas-bench` subcommand, one file each; `BenchCommands.all` lists them.
protocol BenchCommand: Sendable {
    static var spec: CommandSpec { get }
    /// Runs the benchmark, prints its table, returns the exit status.
    static func run(_ args: ParsedArguments) throws(BenchFailure) -> Int32
}

/// Why a benchmark could not run.
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

enum BenchCommands {
    static let all: [any BenchCommand.Type] = [RPCBench.self, LoadBenchmark.self, TechniqueLatencyBenchmark.self, ReloadBench.self, ElasticParseBenchmark.self]

    static let rootSpec = CommandSpec(
        name: "ruleatlas-bench",
        summary: "Benchmarks for RuleAtlas (run by `make bench`, not by the tests).",
        subcommands: all.map { $0.spec })
}
