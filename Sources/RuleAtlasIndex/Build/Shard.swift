import RuleAtlasModel

/// A file of a shard with the rules read from it, prepared for counting.
public struct ShardFile: Sendable {
    public var file: IndexedFile
    /// `file.rules` in document order, each wrapped once.
    public var rules: [IndexedRule]

    public init(_ file: IndexedFile) {
        self.file = file
        rules = file.rules.map(IndexedRule.init)
    }
}

/// One of the `ShardSet.count` partitions of the corpus files (by path hash).
public struct Shard: Sendable {
    public var files: [String: ShardFile] = [:]
    /// Rules of this shard that lost to an earlier duplicate id (`path`, document index).
    public var losers: Set<RuleSite> = []

    public init() {}
}

/// Where a rule sits: its file and its document index in that file.
public struct RuleSite: Sendable, Hashable {
    public var path: String
    public var index: Int

    public init(path: String, index: Int) {
        self.path = path
        self.index = index
    }
}
