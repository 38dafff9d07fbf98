#if canImport(Glibc)
import Glibc
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "load": exit(LoadBenchmark.run(Array(arguments.dropFirst())))
case "reload": exit(ReloadBench.run(Array(arguments.dropFirst())))
default:
    print("usage: ruleatlas-bench load [--attack FILE] [--runs N] DIR...")
    print(ReloadBench.usage)
    exit(2)
}
