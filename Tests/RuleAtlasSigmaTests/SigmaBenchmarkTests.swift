import Dispatch
import Foundation
import RuleAtlasModel
import RuleAtlasSigma
import RuleAtlasYAML
import Testing

/// Parse time of the whole SigmaHQ corpus (files already in memory). Opt-in, since the
/// figures only mean something in a release build on an idle machine:
/// `RULEATLAS_BENCH=1 swift test -c release --filter SigmaBenchmarkTests`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["RULEATLAS_BENCH"] != nil))
struct SigmaBenchmarkTests {
    static func best(of runs: Int, _ body: () -> Void) -> Duration {
        let clock = ContinuousClock()
        return (0..<runs).map { _ in clock.measure(body) }.min() ?? .zero
    }

    /// CPU time of the calling thread, best of `runs`: what one core spends, whatever else runs.
    static func bestCPU(of runs: Int, _ body: () -> Void) -> Duration {
        func now() -> Duration {
            var t = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
            return .seconds(t.tv_sec) + .nanoseconds(t.tv_nsec)
        }
        return (0..<runs).map { _ in
            let start = now()
            body()
            return now() - start
        }.min() ?? .zero
    }

    static func ms(_ d: Duration) -> String {
        let v = Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) / 1e15
        return String(format: "%.1f ms", v)
    }

    @Test func corpusParseTime() {
        let files = SigmaCorpus.files
        let bytes = files.reduce(0) { $0 + $1.bytes.count }
        var rules = 0
        let yaml = Self.best(of: 7) {
            for f in files { rules &+= YAMLParser.parse(bytes: f.bytes, path: f.path).documents.count }
        }
        let single = Self.best(of: 7) {
            for f in files { rules &+= SigmaParser.parse(path: f.path, bytes: f.bytes).rules.count }
        }
        let yamlCPU = Self.bestCPU(of: 7) {
            for f in files { rules &+= YAMLParser.parse(bytes: f.bytes, path: f.path).documents.count }
        }
        let singleCPU = Self.bestCPU(of: 7) {
            for f in files { rules &+= SigmaParser.parse(path: f.path, bytes: f.bytes).rules.count }
        }
        let shards = 64
        let two = Self.best(of: 7) {
            let counter = Counter()
            DispatchQueue.concurrentPerform(iterations: 2) { worker in
                var n = 0
                for shard in stride(from: worker, to: shards, by: 2) {
                    for i in stride(from: shard, to: files.count, by: shards) {
                        n += SigmaParser.parse(path: files[i].path, bytes: files[i].bytes).rules.count
                    }
                }
                counter.add(n)
            }
            rules &+= counter.value
        }
        print("sigma corpus: \(files.count) files, \(bytes / 1024) KiB")
        print("  YAML only, 1 core:     \(Self.ms(yaml)) wall, \(Self.ms(yamlCPU)) CPU")
        print("  Sigma rules, 1 core:   \(Self.ms(single)) wall, \(Self.ms(singleCPU)) CPU")
        print("  Sigma rules, 2 cores:  \(Self.ms(two))")
        #expect(rules > 0)
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var total = 0
        func add(_ n: Int) { lock.lock(); total += n; lock.unlock() }
        var value: Int { lock.lock(); defer { lock.unlock() }; return total }
    }
}
