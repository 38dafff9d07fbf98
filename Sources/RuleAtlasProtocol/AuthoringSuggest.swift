import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasModel

/// `authoring.suggest`: what rules for a technique usually look at, compared with a draft
/// rule when `text` is given. At least one of `technique` and `text` is required (-32602).
public enum AuthoringSuggest: RPCRequestType {
    public static let method = "authoring.suggest"

    public struct Params: RPCParams, Equatable {
        public static let names = ["technique", "text", "format", "vendors"]
        public var technique: TechniqueID?
        public var text: String?
        public var format: Vendor?
        public var filter: RuleFilter

        public init(technique: TechniqueID? = nil, text: String? = nil, format: Vendor? = nil, filter: RuleFilter = RuleFilter()) {
            self.technique = technique
            self.text = text
            self.format = format
            self.filter = filter
        }

        public init(params: JSONObject) throws(RPCError) {
            let r = try ParamReader(params, allowed: Self.names)
            technique = try r.optionalTechniqueID("technique")
            text = try r.optionalString("text")
            format = try r.optionalChoice("format", Vendor.self)
            filter = try r.ruleFilter()
            guard technique != nil || text != nil else { throw .invalidParams("missing param: give 'technique', 'text' or both") }
        }
    }

    /// `{technique, suggestions}`; `technique` is the one given or detected from the text (or null).
    public struct Result: JSONEncodable, Sendable, Equatable {
        public var technique: TechniqueID?
        public var suggestions: [Suggestion]

        public init(technique: TechniqueID?, suggestions: [Suggestion]) {
            self.technique = technique
            self.suggestions = suggestions
        }

        public var json: JSON {
            ["technique": technique.map { JSON($0.rawValue) } ?? .null, "suggestions": suggestions.json]
        }
    }

    public enum Kind: String, CaseIterable, Sendable {
        case field, indicator, exclusion, event
        case noisyIndicator = "noisy-indicator"
        case similarRule = "similar-rule"
    }

    /// `{kind, message, ...}`: the optional members appear only when set.
    public struct Suggestion: JSONEncodable, Sendable, Equatable {
        public var kind: Kind
        public var message: String
        public var field: String?
        public var op: Op?
        public var value: String?
        public var provider: String?
        public var eventId: Int?
        /// How many rules of the technique support the suggestion.
        public var rules: Int?
        /// `similar-rule` only.
        public var ruleId: String?
        /// `similar-rule` only, in 0...1.
        public var similarity: Double?

        public init(kind: Kind, message: String, field: String? = nil, op: Op? = nil, value: String? = nil,
                    provider: String? = nil, eventId: Int? = nil, rules: Int? = nil, ruleId: String? = nil, similarity: Double? = nil) {
            self.kind = kind
            self.message = message
            self.field = field
            self.op = op
            self.value = value
            self.provider = provider
            self.eventId = eventId
            self.rules = rules
            self.ruleId = ruleId
            self.similarity = similarity
        }

        public var json: JSON {
            var o: JSONObject = ["kind": JSON(kind.rawValue), "message": JSON(message)]
            if let field { o["field"] = JSON(field) }
            if let op { o["op"] = JSON(op.rawValue) }
            if let value { o["value"] = JSON(value) }
            if let provider { o["provider"] = JSON(provider) }
            if let eventId { o["eventId"] = JSON(eventId) }
            if let rules { o["rules"] = JSON(rules) }
            if let ruleId { o["ruleId"] = JSON(ruleId) }
            if let similarity { o["similarity"] = JSON(similarity) }
            return .object(o)
        }
    }
}
