import RuleAtlasModel

/// The snapshot's aggregates by rules: the corpus aggregate and one `TechniqueEntry` per
/// technique id the rules roll up to.
enum Merger {
    struct Merged {
        var techniques: [TechniqueID: TechniqueEntry]
        var corpus: SlicedAggregate
    }

    /// A fresh build's technique entries, their aggregates still to make.
    static func entries(of rules: [IndexedRule]) -> [TechniqueID: TechniqueEntry] {
        var byTechnique: [TechniqueID: [IndexedRule]] = [:]
        for r in rules { for t in r.rollup { byTechnique[t, default: []].append(r) } }
        return byTechnique.mapValues { TechniqueEntry(rules: $0) }
    }

    /// `previous - removing + adding`, touching only the techniques those rules roll up
    /// to. A touched entry whose aggregate was made has the change applied to a copy of
    /// it (in parallel across techniques, with the corpus as one more work item); one not
    /// made yet is replaced by an entry with the new rules, still to make.
    static func update(
        previous: [TechniqueID: TechniqueEntry], previousCorpus: SlicedAggregate,
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
        let results: [(entry: TechniqueEntry?, corpus: SlicedAggregate?)] = parallelMap(keys.count + 1) { i in
            if i == 0 { return (nil, apply(previousCorpus, minus, plus)) }
            let t = keys[i - 1]
            let job = jobs[t] ?? ([], [])
            return (next(previous[t], job.minus, job.plus), nil)
        }
        var techniques = previous
        for (i, t) in keys.enumerated() { techniques[t] = results[i + 1].entry }
        return Merged(techniques: techniques, corpus: results[0].corpus ?? previousCorpus)
    }

    /// The entry after the change, nil when no rule is left under it.
    private static func next(_ entry: TechniqueEntry?, _ minus: [IndexedRule], _ plus: [IndexedRule]) -> TechniqueEntry? {
        let gone = Set(minus.map(ObjectIdentifier.init))
        var rules = (entry?.rules ?? []).filter { !gone.contains(ObjectIdentifier($0)) }
        let present = Set(rules.map(ObjectIdentifier.init))
        for r in plus where !present.contains(ObjectIdentifier(r)) { rules.append(r) }
        guard !rules.isEmpty else { return nil }
        guard let made = entry?.madeAggregate else { return TechniqueEntry(rules: rules) }
        return TechniqueEntry(rules: rules, aggregate: apply(made, minus, plus))
    }

    private static func apply(_ base: SlicedAggregate, _ minus: [IndexedRule], _ plus: [IndexedRule]) -> SlicedAggregate {
        var out = base
        for r in minus { out.apply(r, sign: -1) }
        for r in plus { out.apply(r, sign: 1) }
        return out
    }
}
