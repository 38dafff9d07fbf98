import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasModel

/// `authoring.analyze`: parses rule text as the corpus parsers would and returns the rule
/// (as `rule.get`, without `path`) and the diagnostics.
public enum AuthoringAnalyze: RPCRequestType {
    public static let method = "authoring.analyze"

    public struct Params: RPCParams, Equatable {
        public static let names = ["text", "format"]
        public var text: String
        /// nil: detected from the text.
        public var format: Vendor?

        public init(text: String, format: Vendor? = nil) {
            self.text = text
            self.format = format
        }

        public init(params: JSONObject) throws(RPCError) {
            let r = try ParamReader(params, allowed: Self.names)
            text = try r.nonEmptyString("text")
            format = try r.optionalChoice("format", Vendor.self)
        }
    }

    /// `{rule, diagnostics [{severity, message, line, column}]}`; `rule` is null when the
    /// text does not parse into a rule.
    public struct Result: JSONEncodable, Sendable, Equatable {
        public var rule: RuleDetail?
        public var diagnostics: [WireDiagnostic]

        public init(rule: RuleDetail?, diagnostics: [WireDiagnostic]) {
            self.rule = rule
            self.diagnostics = diagnostics
        }

        public var json: JSON { ["rule": rule.json, "diagnostics": diagnostics.json] }
    }
}
