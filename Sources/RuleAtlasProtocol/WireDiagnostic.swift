import RuleAtlasJSON
import RuleAtlasModel

/// A diagnostic on the wire: `{path, line, column, severity, message}` (`path` omitted
/// where the source has none, as in `authoring.analyze`).
public struct WireDiagnostic: JSONEncodable, Sendable, Equatable {
    public var path: String?
    public var line: Int
    public var column: Int
    /// `error`, `warning` or `info`.
    public var severity: String
    public var message: String

    public init(path: String?, line: Int, column: Int, severity: String, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// From a model diagnostic; `includePath` false drops the path (text given inline).
    public init(_ d: Diagnostic, includePath: Bool = true) {
        self.init(path: includePath ? d.location.path : nil, line: d.location.line, column: d.location.column,
                  severity: d.severity.rawValue, message: d.message)
    }

    public var json: JSON {
        var o: JSONObject = [:]
        if let path { o["path"] = JSON(path) }
        o["line"] = JSON(line)
        o["column"] = JSON(column)
        o["severity"] = JSON(severity)
        o["message"] = JSON(message)
        return .object(o)
    }
}
