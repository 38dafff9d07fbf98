import RuleAtlasModel

/// Updates the snapshot's aggregates by rules: `previous - removing + adding`, touching
/// only the techniques those rules roll up to, in parallel (the corpus is one work item,
/// each technique another).
enum Merger {
    struct Merged {
        var techniques: [TechniqueID: SlicedAggregate]
        var corpus: SlicedAggregate
    }

    static func merge(
        previous: [TechniqueID: SlicedAggregate], previousCorpus: SlicedAggregate,
        removing: [IndexedRule], adding: [IndexedRule]
    ) -> Merged {
        // A rule object present on both sides is unchanged: it cancels out.
        let kept = Set(removing.map(ObjectIdentifier.init)).intersection(adding.map(ObjectIdentifier.init))
        let minus = removing.filter { !kept.contains(ObjectIdentifier($0)) }
        let plus = adding.filter { !kept.contains(ObjectIdentifier($0)) }
        var work: [TechniqueID: (minus: [IndexedRule], plus: [IndexedRule])] = [:]
        for r in minus { for t in r.rollup { work[t, default: ([], [])].minus.append(r) } }
        for r in plus { for t in r.rollup { work[t, default: ([], [])].plus.append(r) } }
        let keys = Array(work.keys)
        let jobs = work
        let results: [SlicedAggregate] = parallelMap(keys.count + 1) { i in
            if i == 0 { return apply(previousCorpus, minus, plus) }
            let t = keys[i - 1]
            let job = jobs[t] ?? ([], [])
            return apply(previous[t] ?? SlicedAggregate(), job.minus, job.plus)
        }
        var techniques = previous
        for (i, t) in keys.enumerated() {
            let agg = results[i + 1]
            techniques[t] = agg.isEmpty ? nil : agg
        }
        return Merged(techniques: techniques, corpus: results[0])
    }

    private static func apply(_ base: SlicedAggregate, _ minus: [IndexedRule], _ plus: [IndexedRule]) -> SlicedAggregate {
        var out = base
        if out.isEmpty, minus.isEmpty { out.reserve(for: plus) }
        for r in minus { out.apply(r, sign: -1) }
        for r in plus { out.apply(r, sign: 1) }
        return out
    }
}
