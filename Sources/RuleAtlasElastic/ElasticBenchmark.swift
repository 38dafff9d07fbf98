import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Corpus parse timings for `make bench`: the files are read by the caller, so the
/// figures are parsing alone (TOML, queries, reduction, field mapping, event linking).
public enum ElasticBenchmark {
    public struct Figures: Sendable {
        /// Wall time to parse every file with `threads` workers, in milliseconds: the first
        /// run (empty event-link and field-map caches) and the best later run.
        public var coldParseMs: Double
        public var parseMs: Double
        /// Process CPU time of the first run, in milliseconds (less sensitive to other load).
        public var coldCPUMs: Double
        /// Wall time of toml++ alone (shim and value tree) on one thread, in milliseconds,
        /// and its CPU time.
        public var tomlMs: Double
        public var tomlCPUMs: Double
        public var rules: Int
        /// Mean microseconds per rule of the query parser and reducer alone, by language.
        public var queryMicrosByLanguage: [String: Double]
        /// Mean microseconds per rule of the whole file parse, by language (`ml` for none).
        public var fileMicrosByLanguage: [String: Double]
    }

    /// Parses `files` once cold, then `repeats` times with `threads` workers keeping the best
    /// wall time. Caches are process-wide, so only the first call of a process is cold.
    public static func run(files: [(path: String, bytes: [UInt8])], threads: Int, repeats: Int = 3) -> Figures {
        let clock = ContinuousClock()
        var best = Double.infinity
        var cold = 0.0
        var coldCPU = 0.0
        var rules = 0
        for round in 0..<max(repeats, 1) + 1 {
            let counts = Counter(threads)
            let cpuStart = cpuMs()
            let start = clock.now
            DispatchQueue.concurrentPerform(iterations: max(threads, 1)) { worker in
                var n = 0
                var i = worker
                while i < files.count {
                    n += ElasticParser.parse(path: files[i].path, bytes: files[i].bytes).rules.count
                    i += max(threads, 1)
                }
                counts.set(worker, n)
            }
            let wall = ms(clock.now - start)
            if round == 0 {
                cold = wall
                coldCPU = cpuMs() - cpuStart
            } else {
                best = min(best, wall)
            }
            rules = counts.total
        }
        var tomlBest = Double.infinity
        var tomlCPU = Double.infinity
        for _ in 0..<max(repeats, 1) {
            let start = clock.now
            let cpuStart = cpuMs()
            for f in files { _ = ElasticFuzz.toml(f.bytes) }
            tomlBest = min(tomlBest, ms(clock.now - start))
            tomlCPU = min(tomlCPU, cpuMs() - cpuStart)
        }
        let (queryCost, fileCost) = perLanguage(files)
        return Figures(coldParseMs: cold, parseMs: best, coldCPUMs: coldCPU, tomlMs: tomlBest, tomlCPUMs: tomlCPU, rules: rules, queryMicrosByLanguage: queryCost, fileMicrosByLanguage: fileCost)
    }

    private static func perLanguage(_ files: [(path: String, bytes: [UInt8])]) -> ([String: Double], [String: Double]) {
        let clock = ContinuousClock()
        var queryTotal: [String: Double] = [:], fileTotal: [String: Double] = [:], count: [String: Double] = [:]
        for f in files {
            let start = clock.now
            let (doc, _) = ElasticParser.parseDocument(path: f.path, bytes: f.bytes)
            let fileMicros = ms(clock.now - start) * 1000
            guard let doc else { continue }
            let language = doc.language ?? (doc.type == "machine_learning" ? "ml" : doc.type)
            fileTotal[language, default: 0] += fileMicros
            count[language, default: 0] += 1
            guard let q = doc.query else { continue }
            let qs = clock.now
            switch language {
            case "kuery": _ = ElasticFuzz.kuery(Array(q.utf8))
            case "lucene": _ = ElasticFuzz.lucene(Array(q.utf8))
            case "eql": _ = ElasticFuzz.eql(Array(q.utf8))
            case "esql": _ = ElasticFuzz.esql(Array(q.utf8))
            default: break
            }
            queryTotal[language, default: 0] += ms(clock.now - qs) * 1000
        }
        var q: [String: Double] = [:], fl: [String: Double] = [:]
        for (k, n) in count {
            fl[k] = (fileTotal[k] ?? 0) / n
            if let t = queryTotal[k] { q[k] = t / n }
        }
        return (q, fl)
    }

    private static func cpuMs() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1e6
    }

    private static func ms(_ d: Duration) -> Double {
        let c = d.components
        return Double(c.seconds) * 1000 + Double(c.attoseconds) / 1e15
    }

    /// Per-worker rule counts written from `concurrentPerform`.
    private final class Counter: @unchecked Sendable {
        private var values: [Int]
        private let lock = DispatchSemaphore(value: 1)
        init(_ n: Int) { values = Array(repeating: 0, count: max(n, 1)) }
        func set(_ i: Int, _ v: Int) { lock.wait(); values[i] = v; lock.signal() }
        var total: Int { lock.wait(); defer { lock.signal() }; return values.reduce(0, +) }
    }
}
