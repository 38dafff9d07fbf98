import RuleAtlasModel
import RuleAtlasYAML

/// Why a rule document cannot be read, and where; becomes an error diagnostic.
struct SigmaError: Error {
    var message: String
    var line: Int
    var column: Int

    init(_ message: String, at node: YAMLNode) {
        self.message = message
        self.line = node.line
        self.column = node.column
    }

    init(_ message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    func diagnostic(path: String) -> Diagnostic {
        Diagnostic(.error, message, at: SourceLocation(path: path, line: line, column: column))
    }
}
