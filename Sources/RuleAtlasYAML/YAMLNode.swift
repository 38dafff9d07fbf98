/// One node of a YAML document: a scalar, a sequence or an ordered mapping, with the
/// 1-based line and column where it starts.
///
/// Aliases are already resolved: an alias node is a copy of its anchored node (arrays
/// share storage, so copies are cheap) carrying the alias's own position.
public struct YAMLNode: Sendable {
    public enum Value: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        /// Keys in document order; duplicate keys are kept (the parser reports them).
        case mapping([YAMLPair])
    }

    public var value: Value
    /// 1-based line of the node's first character.
    public var line: Int
    /// 1-based column (in characters) of the node's first character.
    public var column: Int

    public init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}

/// One `key: value` entry of a mapping.
public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
