/// YAML 1.1 merge keys (`<<: *base`, `<<: [*a, *b]`), resolved as PyYAML does.
///
/// The merged mappings' entries come first and the mapping's own entries after them, so
/// an own key overrides a merged one; among several merged mappings the first one listed
/// wins. A merge value that is not a mapping or a list of mappings is left as an ordinary key.
enum YAMLMerge {
    static func isMergeKey(_ pair: YAMLPair) -> Bool {
        guard case .scalar(let key) = pair.key.value else { return false }
        return (key.style == .plain && key.tag == nil && key.text == "<<") || (key.tag?.hasSuffix(":merge") ?? false)
    }

    /// The mapping's entries with merge keys applied; nil when it has no usable merge key.
    static func apply(_ pairs: [YAMLPair]) -> [YAMLPair]? {
        guard pairs.contains(where: isMergeKey) else { return nil }
        var sources: [[YAMLPair]] = []
        var own: [YAMLPair] = []
        for pair in pairs {
            guard isMergeKey(pair) else { own.append(pair); continue }
            switch pair.value.value {
            case .mapping(let merged): sources.append(merged)
            case .sequence(let items) where items.allSatisfy({ $0.mapping != nil }):
                sources.append(contentsOf: items.compactMap(\.mapping))
            default: own.append(pair)
            }
        }
        guard !sources.isEmpty else { return nil }
        var taken = Set(own.compactMap { $0.key.scalar?.text })
        var out: [YAMLPair] = []
        for source in sources {
            for pair in source {
                guard let key = pair.key.scalar?.text else { out.append(pair); continue }
                if taken.insert(key).inserted { out.append(pair) }
            }
        }
        return out + own
    }
}
