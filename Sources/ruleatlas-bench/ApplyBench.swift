#if canImport(Glibc)
import Glibc
#endif
import RuleAtlasIndex
import RuleAtlasModel
import RuleAtlasSupport

/// `ruleatlas-bench apply`: the in-process part of a one-file live reload on the full
/// shared corpora, without the daemon, the watcher or the debounce.
///
/// Builds the index once, builds the views busy clients would have asked for, then
/// times one edited file at a time: `IndexBuilder.apply` (the next generation),
/// `carryViews` (memoized query results carried over), `warmViews` (the stale ones built
/// again, as the reload worker does before publishing), dropping the replaced snapshot,
/// and the 50 queries that follow (views not carried are built there).
enum ApplyBench: BenchCommand {
    static let spec = CommandSpec(
        name: "apply",
        summary: "One edited file to the next snapshot, in process: apply, carry views, free the old one.",
        options: [
            OptionSpec("edits", valueName: "N", help: "Edits timed one by one.", defaultValue: "50"),
        ])

    static func run(_ args: ParsedArguments) throws(BenchFailure) -> Int32 {
        let edits: Int
        do { edits = max(1, try args.int("edits") ?? 50) } catch { throw BenchFailure("\(error)") }
        guard let corpora = ReloadBench.locateCorpora() else { throw BenchFailure("../shared/corpora not found (set RULEATLAS_SHARED)") }
        let roots = ["sigma/rules", "elastic/rules", "splunk", "sentinel"].map { corpora + "/" + $0 }
            .filter { access($0, F_OK) == 0 }
        let builder = IndexBuilder(roots: roots)
        var snap = builder.build()
        warm(snap)
        let targets = snap.files.filter { $0.file.rules.count == 1 && $0.file.path.contains("/sigma/") }
        guard !targets.isEmpty else { throw BenchFailure("no Sigma rule file to edit") }
        var applied: [Double] = [], carried: [Double] = [], warmed: [Double] = [], freed: [Double] = [], queried: [Double] = []
        for n in 0..<edits {
            var file = targets[(n * 97) % targets.count].file
            file.rules[0].title = "Bench edit \(n)"
            var started = nowMs()
            let next = builder.apply(snap, files: [file.path: file])
            applied.append(nowMs() - started)
            started = nowMs()
            next.carryViews(from: snap)
            carried.append(nowMs() - started)
            started = nowMs()
            next.warmViews(like: snap)
            warmed.append(nowMs() - started)
            started = nowMs()
            snap = next
            freed.append(nowMs() - started)
            started = nowMs()
            warm(snap)
            queried.append(nowMs() - started)
        }
        print("corpora: \(snap.files.count) files, \(snap.rules.count) rules; \(edits) one-file edits")
        for (name, values) in [("apply", applied), ("carryViews", carried), ("warm stale views", warmed), ("free old", freed), ("50 queries after", queried)] {
            print(String(format: "  %@: p50 %.2f ms, max %.2f ms", name, percentile(values, 50), values.max() ?? 0))
        }
        return 0
    }

    /// The views a busy daemon holds: the 50 largest techniques and the corpus, default filter.
    static func warm(_ snap: IndexSnapshot) {
        let everything = SliceMask(vendors: nil, includeDeprecated: false)
        let largest = snap.techniques.sorted { $0.value.ruleCount(everything) > $1.value.ruleCount(everything) }.prefix(50)
        for (id, _) in largest { _ = try? snap.techniqueGet(id.rawValue, limit: 20) }
    }
}
