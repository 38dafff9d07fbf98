#if canImport(Glibc)
import Glibc
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "load": exit(LoadBenchmark.run(Array(arguments.dropFirst())))
default:
    print("usage: ruleatlas-bench load [--attack FILE] [--runs N] DIR...")
    exit(2)
}
