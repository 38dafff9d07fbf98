#if canImport(Glibc)
import Glibc
#endif

let usage = """
usage: ruleatlas-bench load [--attack FILE] [--runs N] DIR...
       ruleatlas-bench technique-latency --socket PATH [--limit N] [--rounds N] [--top N]
       \(ReloadBench.usage.dropFirst("usage: ".count))
"""

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "load": exit(LoadBenchmark.run(Array(arguments.dropFirst())))
case "technique-latency": exit(TechniqueLatencyBenchmark.run(Array(arguments.dropFirst())))
case "reload": exit(ReloadBench.run(Array(arguments.dropFirst())))
default:
    print(usage)
    exit(2)
}
