#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation
import RuleAtlasCatalog
import RuleAtlasIndex
import RuleAtlasSupport

/// `ruleatlas-bench load [--attack FILE] [--runs N] DIR...`: cold load of rule folders to
/// a snapshot, wall time per run and the process's peak RSS.
///
/// Times per run: to the snapshot the daemon serves (corpus aggregate made, technique
/// aggregates still to make, as a query would on first use), and to every technique
/// aggregate made too (what the daemon does right after serving, across the cores).
///
/// With `--attack`, the STIX bundle is read as the daemon reads it: on a thread that runs
/// only on a core the rules leave idle. The snapshot is served with the built-in names
/// when the rules are done; a third time is to the snapshot re-labelled with the bundle.
enum LoadBenchmark: BenchCommand {
    static let spec = CommandSpec(
        name: "load",
        summary: "Cold load of rule folders to an index snapshot: wall time per run, peak RSS.",
        options: [
            OptionSpec("attack", valueName: "FILE", help: "Also read this ATT&CK STIX bundle, in parallel with the rules."),
            OptionSpec("runs", valueName: "N", help: "Loads to time (the first is the cold one).", defaultValue: "1"),
        ],
        positionals: [PositionalSpec("DIR", help: "Rule folders (as ruleatlasd --rules).", variadic: true)])

    static func run(_ args: ParsedArguments) throws(BenchFailure) -> Int32 {
        let roots = args.positionals
        let attackPath = args.string("attack")
        let runs: Int
        do { runs = max(1, try args.int("runs") ?? 1) } catch { throw BenchFailure("\(error)") }
        guard !roots.isEmpty else { throw BenchFailure("give at least one rules folder") }
        var times: [Double] = []
        var complete: [Double] = []
        var enriched: [Double] = []
        var last: IndexSnapshot? = nil
        for _ in 0..<runs {
            last = nil
            let start = now()
            let bundle = attackPath.map(BundleRead.init)
            let served = IndexBuilder(roots: roots).build()
            times.append((now() - start) * 1000)
            served.makeTechniqueAggregates()
            complete.append((now() - start) * 1000)
            guard let bundle else {
                last = served
                continue
            }
            let catalog = bundle.wait()
            enriched.append((now() - start) * 1000)
            last = catalog.map { served.with(attack: $0) } ?? served
        }
        guard let snap = last else { return 1 }
        let status = snap.status
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print("load: \(status.rulesTotal) rules, \(status.filesTotal) files, \(snap.techniques.count) technique ids, \(snap.diagnostics.count) diagnostics")
        print("wall ms to a served snapshot: \(summary(times))")
        print("wall ms to every technique aggregate made: \(summary(complete))")
        if !enriched.isEmpty { print("wall ms to the ATT&CK bundle applied too: \(summary(enriched))") }
        print("peak RSS MB: \(fmt(Double(usage.ru_maxrss) / 1024))")
        return 0
    }

    static func summary(_ times: [Double]) -> String {
        let sorted = times.sorted()
        return "first \(fmt(times[0])), median \(fmt(sorted[sorted.count / 2])), min \(fmt(sorted[0])) over \(times.count) run(s)"
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func fmt(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return "\(r)"
    }
}

/// The ATT&CK bundle read on its own thread, scheduled as the daemon schedules it.
private final class BundleRead: @unchecked Sendable {
    private var catalog: AttackCatalog?
    private let done = DispatchSemaphore(value: 0)

    init(path: String) {
        Thread.detachNewThread { [self] in
            ThreadScheduling.runOnlyWhenIdle()
            catalog = try? AttackCatalog.load(stixBundleAt: path)
            done.signal()
        }
    }

    /// The catalog once read (nil when the bundle could not be read).
    func wait() -> AttackCatalog? {
        done.wait()
        return catalog
    }
}
