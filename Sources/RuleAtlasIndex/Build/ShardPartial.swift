import RuleAtlasModel

/// The counts of one shard's accepted rules: per technique (with roll-up) and corpus-wide.
public struct ShardPartial: Sendable, Equatable {
    public var techniques: [TechniqueID: SlicedAggregate] = [:]
    public var corpus = SlicedAggregate()

    public init() {}

    public init(rules: [IndexedRule]) {
        for r in rules {
            corpus.add(r)
            for t in r.rollup { techniques[t, default: SlicedAggregate()].add(r) }
        }
    }
}
