#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import RuleAtlasCatalog
import RuleAtlasIndex

/// `ruleatlas-bench load [--attack FILE] [--runs N] DIR...`: cold load of rule folders to
/// a snapshot, wall time per run and the process's peak RSS.
///
/// With `--attack`, the STIX bundle is read on another thread while the rules load, and
/// the snapshot is re-labelled with it when both are done (the daemon does the same).
enum LoadBenchmark {
    static func run(_ args: [String]) -> Int32 {
        var roots: [String] = []
        var attackPath: String? = nil
        var runs = 1
        var i = 0
        while i < args.count {
            switch args[i] {
            case "--attack" where i + 1 < args.count: attackPath = args[i + 1]; i += 1
            case "--runs" where i + 1 < args.count: runs = Int(args[i + 1]) ?? 1; i += 1
            default: roots.append(args[i])
            }
            i += 1
        }
        guard !roots.isEmpty else {
            print("usage: ruleatlas-bench load [--attack FILE] [--runs N] DIR...")
            return 2
        }
        var times: [Double] = []
        var last: IndexSnapshot? = nil
        for _ in 0..<runs {
            let start = now()
            last = load(roots: roots, attackPath: attackPath)
            times.append((now() - start) * 1000)
        }
        guard let snap = last else { return 1 }
        let status = snap.status
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let sorted = times.sorted()
        print("load: \(status.rulesTotal) rules, \(status.filesTotal) files, \(snap.techniques.count) technique ids, \(snap.diagnostics.count) diagnostics")
        print("wall ms: first \(fmt(times[0])), median \(fmt(sorted[sorted.count / 2])), min \(fmt(sorted[0])) over \(runs) run(s)")
        print("peak RSS MB: \(fmt(Double(usage.ru_maxrss) / 1024))")
        return 0
    }

    static func load(roots: [String], attackPath: String?) -> IndexSnapshot {
        guard let attackPath else { return IndexBuilder(roots: roots).build() }
        let box = CatalogBox()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { box.catalog = try? AttackCatalog.load(stixBundleAt: attackPath) }
        let snap = IndexBuilder(roots: roots).build()
        group.wait()
        return box.catalog.map { snap.with(attack: $0) } ?? snap
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

/// The catalog read on another thread, handed over after `DispatchGroup.wait`.
private final class CatalogBox: @unchecked Sendable {
    var catalog: AttackCatalog?
}
