import RuleAtlasModel

/// The documents of one YAML stream and the problems found reading it.
///
/// A document with an error (syntax, alias budget, nesting) is left out and reported;
/// the documents before it, and after it when the stream can be resumed at the next
/// `---` line, are still returned.
public struct YAMLParseResult: Sendable {
    public var documents: [YAMLNode]
    public var diagnostics: [Diagnostic]

    public init(documents: [YAMLNode] = [], diagnostics: [Diagnostic] = []) {
        self.documents = documents
        self.diagnostics = diagnostics
    }
}
