#if canImport(Glibc)
import Glibc
#endif
import RuleAtlasElastic
import RuleAtlasModel
import RuleAtlasSupport

/// `ruleatlas-bench elastic [--threads N] [--runs N] DIR`: Elastic parse timings over the
/// `.toml` files under DIR (read first, so the figures are parsing alone), the per-rule
/// cost of each query language, and a fingerprint of every predicate read.
///
/// The fingerprint (FNV-1a over each rule's id, predicates and events, in path order)
/// changes exactly when some rule reads differently, so two builds can be compared.
enum ElasticParseBenchmark: BenchCommand {
    static let spec = CommandSpec(
        name: "elastic",
        summary: "Elastic rule parsing alone: cold and best wall/CPU ms, TOML ms, us per rule by query language.",
        options: [
            OptionSpec("threads", valueName: "N", help: "Parallel workers.", defaultValue: "2"),
            OptionSpec("runs", valueName: "N", help: "Timed runs after the cold one.", defaultValue: "5"),
        ],
        positionals: [PositionalSpec("DIR", help: "An Elastic rules folder (detection-rules `rules/`).")])

    static func run(_ args: ParsedArguments) throws(BenchFailure) -> Int32 {
        guard let root = args.positionals.first else { throw BenchFailure("give the Elastic rules folder") }
        let threads: Int, runs: Int
        do {
            threads = max(1, try args.int("threads") ?? 2)
            runs = max(1, try args.int("runs") ?? 5)
        } catch { throw BenchFailure("\(error)") }
        var paths: [String] = []
        collect(root, into: &paths)
        paths.sort()
        let files = paths.compactMap { p in readFile(p).map { (path: p, bytes: $0) } }
        guard !files.isEmpty else { throw BenchFailure("no .toml files under \(root)") }
        let f = ElasticBenchmark.run(files: files, threads: threads, repeats: runs)
        let fmt = LoadBenchmark.fmt
        print("elastic: \(files.count) files, \(f.rules) rules, \(threads) threads, predicate fingerprint \(fingerprint(files))")
        print("parse wall ms: cold \(fmt(f.coldParseMs)) (CPU \(fmt(f.coldCPUMs))), best of \(runs) \(fmt(f.parseMs))")
        print("TOML alone, one thread, whole files: wall \(fmt(f.tomlMs)) ms, CPU \(fmt(f.tomlCPUMs)) ms")
        for (language, us) in f.fileMicrosByLanguage.sorted(by: { $0.key < $1.key }) {
            let query = f.queryMicrosByLanguage[language].map { ", query alone \(fmt($0))" } ?? ""
            print("  \(language): file \(fmt(us)) us/rule\(query)")
        }
        return 0
    }

    static func fingerprint(_ files: [(path: String, bytes: [UInt8])]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ s: String) {
            for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            h = (h ^ 0xff) &* 0x100_0000_01b3
        }
        for f in files {
            let parsed = ElasticParser.parse(path: f.path, bytes: f.bytes)
            for r in parsed.rules {
                mix(r.id)
                for p in r.predicates { mix("\(p.field)|\(p.rawField)|\(p.op)|\(p.value)|\(p.polarity)") }
                for e in r.events { mix("\(e)") }
                for t in r.techniques { mix("\(t)") }
            }
            for d in parsed.diagnostics { mix(d.description) }
        }
        return String(h, radix: 16)
    }

    private static func collect(_ dir: String, into out: inout [String]) {
        guard let d = opendir(dir) else { return }
        defer { closedir(d) }
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = dir + "/" + name
            if e.pointee.d_type == UInt8(DT_DIR) {
                collect(path, into: &out)
            } else if name.hasSuffix(".toml") {
                out.append(path)
            }
        }
    }

    private static func readFile(_ path: String) -> [UInt8]? {
        guard let fp = fopen(path, "rb") else { return nil }
        defer { fclose(fp) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buf, 1, buf.count, fp)
            if n <= 0 { break }
            out.append(contentsOf: buf[0..<n])
        }
        return out
    }
}
