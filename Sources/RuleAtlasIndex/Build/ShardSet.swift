import RuleAtlasModel

/// The corpus files partitioned into `count` shards by a stable hash of their path.
///
/// A changed file touches only its own shard (and, through duplicate ids, rarely another).
public struct ShardSet: Sendable {
    public static let count = 64

    public var shards: [Shard]

    public init() { shards = Array(repeating: Shard(), count: Self.count) }

    /// FNV-1a over the path's UTF-8 bytes, modulo `count`: stable across runs.
    public static func shardIndex(of path: String) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in path.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return Int(h % UInt64(count))
    }

    /// Every file of every shard, sorted by path (byte order).
    public var filesInPathOrder: [ShardFile] {
        var all: [ShardFile] = []
        for s in shards { all.append(contentsOf: s.files.values) }
        all.sort { $0.file.path < $1.file.path }
        return all
    }
}
