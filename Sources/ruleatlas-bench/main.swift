import RuleAtlasSupport
#if canImport(Glibc)
import Glibc
#endif

signal(SIGPIPE, SIG_IGN)
// The index benchmarks parse their own arguments.
switch CommandLine.arguments.dropFirst().first {
case "load": exit(LoadBenchmark.run(Array(CommandLine.arguments.dropFirst(2))))
case "technique-latency": exit(TechniqueLatencyBenchmark.run(Array(CommandLine.arguments.dropFirst(2))))
default: break
}
let parser = ArgumentParser(BenchCommands.rootSpec)
do {
    let args = try parser.parse(Array(CommandLine.arguments.dropFirst()))
    guard let name = args.commandPath.first, let command = BenchCommands.all.first(where: { $0.spec.name == name }) else {
        print(parser.help(), terminator: "")
        exit(2)
    }
    do {
        exit(try command.run(args))
    } catch {
        StandardError.write("ruleatlas-bench: \(error)\n")
        exit(1)
    }
} catch {
    if case .helpRequested(let text) = error {
        print(text, terminator: "")
        exit(0)
    }
    StandardError.write("ruleatlas-bench: \(error)\nTry 'ruleatlas-bench --help'.\n")
    exit(2)
}
