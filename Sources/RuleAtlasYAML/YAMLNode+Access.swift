import RuleAtlasModel

/// Typed views of a node, for readers that walk a known schema.
extension YAMLNode {
    public var scalar: YAMLScalar? {
        if case .scalar(let s) = value { return s }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = value { return pairs }
        return nil
    }

    /// The scalar's text when it is a scalar that does not resolve to null.
    public var string: String? {
        guard let s = scalar, !s.isNull else { return nil }
        return s.text
    }

    /// True for a null scalar (`null`, `~`, empty plain value).
    public var isNull: Bool { scalar?.isNull ?? false }

    /// The value of the last mapping entry whose key is a scalar with this text (a
    /// repeated key overrides, as in PyYAML; the parser warns about it).
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = value else { return nil }
        for pair in pairs.reversed() {
            if case .scalar(let k) = pair.key.value, k.text == key { return pair.value }
        }
        return nil
    }

    /// Where this node starts, in `path`.
    public func location(in path: String) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }
}
