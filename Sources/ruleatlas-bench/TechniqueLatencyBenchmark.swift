import RuleAtlasJSON
import RuleAtlasSupport

/// `ruleatlas-bench technique-latency --socket PATH [--limit 20] [--rounds 20] [--top 50]`:
/// `technique.get` round trips over the socket for the largest techniques; p50/p99/max.
///
/// The techniques come from `coverage.matrix` (largest `total` first). One warm-up round is
/// not counted.
enum TechniqueLatencyBenchmark: BenchCommand {
    static let spec = CommandSpec(
        name: "technique-latency",
        summary: "technique.get round trips over a running daemon's socket for the largest techniques: p50/p99/max.",
        options: [
            OptionSpec("socket", valueName: "PATH", help: "The daemon's socket."),
            OptionSpec("limit", valueName: "N", help: "technique.get limit.", defaultValue: "20"),
            OptionSpec("rounds", valueName: "N", help: "Timed rounds over the techniques.", defaultValue: "20"),
            OptionSpec("top", valueName: "N", help: "How many of the largest techniques.", defaultValue: "50"),
        ])

    static func run(_ args: ParsedArguments) throws(BenchFailure) -> Int32 {
        guard let socket = args.string("socket") else { throw BenchFailure("--socket PATH of a running ruleatlasd is required") }
        let limit: Int, rounds: Int, top: Int
        do {
            limit = try args.int("limit") ?? 20
            rounds = max(1, try args.int("rounds") ?? 20)
            top = max(1, try args.int("top") ?? 50)
        } catch { throw BenchFailure("\(error)") }
        let client = try LineClient(path: socket)
        let ids = try largest(client, top)
        guard !ids.isEmpty else { throw BenchFailure("no techniques served") }
        var samples: [Double] = []
        for round in 0...rounds {
            for id in ids {
                let start = LoadBenchmark.now()
                guard let reply = try client.call("technique.get", ["id": JSON(id), "limit": JSON(limit)]), reply.count > 20 else {
                    throw BenchFailure("no reply for \(id)")
                }
                if round > 0 { samples.append((LoadBenchmark.now() - start) * 1e6) }
            }
        }
        samples.sort()
        func pct(_ p: Double) -> Double { samples[min(samples.count - 1, Int(Double(samples.count) * p))] }
        print("technique.get limit \(limit), \(ids.count) largest techniques x \(rounds) rounds = \(samples.count) calls")
        print("latency us: p50 \(LoadBenchmark.fmt(pct(0.5))), p99 \(LoadBenchmark.fmt(pct(0.99))), max \(LoadBenchmark.fmt(samples.last ?? 0))")
        return 0
    }

    /// The `top` techniques with the most rules, from every page of `coverage.matrix`.
    static func largest(_ client: LineClient, _ top: Int) throws(BenchFailure) -> [String] {
        var rows: [(String, Int)] = []
        var offset = 0
        while true {
            guard let reply = try client.call("coverage.matrix", ["limit": 1000, "offset": JSON(offset)]),
                  let result = try? JSONParser.parse(reply)["result"], let items = result["items"]?.arrayValue else { break }
            for item in items {
                if let id = item["id"]?.stringValue, let total = item["total"]?.intValue { rows.append((id, total)) }
            }
            offset += items.count
            if items.isEmpty || offset >= (result["total"]?.intValue ?? 0) { break }
        }
        return rows.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(top).map(\.0)
    }
}
