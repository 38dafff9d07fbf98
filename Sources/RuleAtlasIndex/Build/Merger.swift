import RuleAtlasModel

/// Merges shard partials into the snapshot's aggregates: `previous - removing + adding`,
/// touching only the techniques present in the partials, in parallel across techniques.
enum Merger {
    struct Merged {
        var techniques: [TechniqueID: SlicedAggregate]
        var corpus: SlicedAggregate
    }

    static func merge(
        previous: [TechniqueID: SlicedAggregate], previousCorpus: SlicedAggregate,
        removing: [ShardPartial], adding: [ShardPartial]
    ) -> Merged {
        var touched = Set<TechniqueID>()
        for p in removing { touched.formUnion(p.techniques.keys) }
        for p in adding { touched.formUnion(p.techniques.keys) }
        let keys = Array(touched)
        // Work item 0 is the corpus, the largest; the rest are techniques.
        let results: [SlicedAggregate] = parallelMap(keys.count + 1) { i in
            if i == 0 {
                return combine(previousCorpus, removing.map(\.corpus), adding.map(\.corpus))
            }
            let t = keys[i - 1]
            return combine(previous[t], removing.compactMap { $0.techniques[t] }, adding.compactMap { $0.techniques[t] })
        }
        var techniques = previous
        for (i, t) in keys.enumerated() {
            let agg = results[i + 1]
            techniques[t] = agg.isEmpty ? nil : agg
        }
        return Merged(techniques: techniques, corpus: results[0])
    }

    private static func combine(_ base: SlicedAggregate?, _ minus: [SlicedAggregate], _ plus: [SlicedAggregate]) -> SlicedAggregate {
        var out: SlicedAggregate
        var rest = plus[...]
        if let base {
            out = base
        } else if let first = rest.first {
            out = first
            rest = rest.dropFirst()
        } else {
            out = SlicedAggregate()
        }
        for m in minus { out.add(m, sign: -1) }
        for p in rest { out.add(p, sign: 1) }
        return out
    }
}
