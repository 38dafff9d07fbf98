#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation
import RuleAtlasCatalog
import RuleAtlasIndex
import RuleAtlasSupport

/// `ruleatlas-bench load [--attack FILE] [--runs N] DIR...`: cold loads of rule folders
/// to a snapshot, each in a fresh process (nothing built, cached or paged in by an earlier
/// run), wall times and peak RSS.
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
        summary: "Cold loads of rule folders to an index snapshot, each in a fresh process: wall times, peak RSS.",
        options: [
            OptionSpec("attack", valueName: "FILE", help: "Also read this ATT&CK STIX bundle, beside the rules."),
            OptionSpec("runs", valueName: "N", help: "Cold loads to time, one process each.", defaultValue: "1"),
            .flag("one", help: "Time one load in this process and print it as one line (what each run does)."),
        ],
        positionals: [PositionalSpec("DIR", help: "Rule folders (as ruleatlasd --rules).", variadic: true)])

    /// One run's figures, as the child process prints them.
    struct Run {
        var served: Double
        var complete: Double
        var enriched: Double?
        var rssMB: Double
        var summary: String
    }

    static func run(_ args: ParsedArguments) throws(BenchFailure) -> Int32 {
        let roots = args.positionals
        let attackPath = args.string("attack")
        let runs: Int
        do { runs = max(1, try args.int("runs") ?? 1) } catch { throw BenchFailure("\(error)") }
        guard !roots.isEmpty else { throw BenchFailure("give at least one rules folder") }
        if args.flag("one") {
            print(one(roots: roots, attackPath: attackPath))
            return 0
        }
        var results: [Run] = []
        for _ in 0..<runs { results.append(try child(roots: roots, attackPath: attackPath)) }
        print(results[0].summary)
        print("wall ms to a served snapshot: \(summary(results.map(\.served)))")
        print("wall ms to every technique aggregate made: \(summary(results.map(\.complete)))")
        let enriched = results.compactMap(\.enriched)
        if !enriched.isEmpty { print("wall ms to the ATT&CK bundle applied too: \(summary(enriched))") }
        print("peak RSS MB: \(fmt(results.map(\.rssMB).max() ?? 0)) (largest of the runs)")
        return 0
    }

    /// Runs `load --one` in a new process and reads its line.
    static func child(roots: [String], attackPath: String?) throws(BenchFailure) -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = ["load", "--one"] + (attackPath.map { ["--attack", $0] } ?? []) + roots
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { throw BenchFailure("cannot start a load process: \(error)") }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let run = parse(output) else {
            throw BenchFailure("a load process failed (status \(process.terminationStatus)): \(output)")
        }
        return run
    }

    /// Loads once in this process: `served=… complete=… [enriched=…] rss=…` then the summary.
    static func one(roots: [String], attackPath: String?) -> String {
        let start = now()
        let bundle = attackPath.map(BundleRead.init)
        let served = IndexBuilder(roots: roots).build()
        let servedMs = (now() - start) * 1000
        served.makeTechniqueAggregates()
        let completeMs = (now() - start) * 1000
        var snap = served
        var enrichedText = ""
        if let bundle {
            let catalog = bundle.wait()
            enrichedText = " enriched=\((now() - start) * 1000)"
            if let catalog { snap = served.with(attack: catalog) }
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let status = snap.status
        return "served=\(servedMs) complete=\(completeMs)\(enrichedText) rss=\(Double(usage.ru_maxrss) / 1024)\n"
            + "load: \(status.rulesTotal) rules, \(status.filesTotal) files, \(snap.techniques.count) technique ids, \(snap.diagnostics.count) diagnostics"
    }

    static func parse(_ output: String) -> Run? {
        let lines = output.split(separator: "\n", maxSplits: 1).map(String.init)
        guard lines.count == 2 else { return nil }
        var fields: [String: Double] = [:]
        for part in lines[0].split(separator: " ") {
            let kv = part.split(separator: "=", maxSplits: 1)
            if kv.count == 2, let v = Double(kv[1]) { fields[String(kv[0])] = v }
        }
        guard let served = fields["served"], let complete = fields["complete"], let rss = fields["rss"] else { return nil }
        return Run(served: served, complete: complete, enriched: fields["enriched"], rssMB: rss,
                   summary: lines[1].trimmingCharacters(in: .whitespacesAndNewlines))
    }

    static func summary(_ times: [Double]) -> String {
        let sorted = times.sorted()
        return "median \(fmt(sorted[sorted.count / 2])), min \(fmt(sorted[0])), max \(fmt(sorted[sorted.count - 1])) over \(times.count) cold run(s)"
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
