import RuleAtlasJSON

/// `ruleatlas-bench technique-latency --socket PATH [--limit 20] [--rounds 20] [--top 50]`:
/// `technique.get` round trips over the socket for the largest techniques; p50/p99/max.
///
/// The techniques come from `coverage.matrix` (largest `total` first). One warm-up round is
/// not counted.
enum TechniqueLatencyBenchmark {
    static func run(_ args: [String]) -> Int32 {
        var socket: String? = nil
        var limit = 20, rounds = 20, top = 50
        var i = 0
        while i + 1 < args.count {
            switch args[i] {
            case "--socket": socket = args[i + 1]
            case "--limit": limit = Int(args[i + 1]) ?? limit
            case "--rounds": rounds = Int(args[i + 1]) ?? rounds
            case "--top": top = Int(args[i + 1]) ?? top
            default: break
            }
            i += 2
        }
        guard let socket, let client = LineClient(path: socket) else {
            print("usage: ruleatlas-bench technique-latency --socket PATH [--limit N] [--rounds N] [--top N] (daemon must be running)")
            return 2
        }
        let ids = largest(client, top)
        guard !ids.isEmpty else { print("no techniques served"); return 1 }
        var samples: [Double] = []
        for round in 0...rounds {
            for id in ids {
                let start = LoadBenchmark.now()
                guard let reply = client.call("technique.get", ["id": JSON(id), "limit": JSON(limit)]), reply.count > 20 else {
                    print("no reply for \(id)")
                    return 1
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
    static func largest(_ client: LineClient, _ top: Int) -> [String] {
        var rows: [(String, Int)] = []
        var offset = 0
        while true {
            guard let reply = client.call("coverage.matrix", ["limit": 1000, "offset": JSON(offset)]),
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
