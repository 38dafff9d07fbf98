import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasModel

/// `event.get`: one catalog event (`Sysmon` 1, `Security-Auditing` 4688) with its fields
/// and the techniques whose rules read it (1001 when unknown).
public enum EventGet: RPCRequestType {
    public static let method = "event.get"

    public struct Params: RPCParams, Equatable {
        public static let names = ["provider", "eventId"] + RuleFilter.names
        /// The short provider name, matched case-insensitively.
        public var provider: String
        public var eventId: Int
        public var filter: RuleFilter

        public init(provider: String, eventId: Int, filter: RuleFilter = RuleFilter()) {
            self.provider = provider
            self.eventId = eventId
            self.filter = filter
        }

        public init(params: JSONObject) throws(RPCError) {
            let r = try ParamReader(params, allowed: Self.names)
            provider = try r.nonEmptyString("provider")
            eventId = try r.int("eventId")
            guard eventId >= 0 else { throw .badArgument("eventId \(eventId) is negative", hint: "event ids are numbers such as 1 or 4688") }
            filter = try r.ruleFilter()
        }
    }

    /// `{provider, eventId, title, fields, techniques [{id, rules}]}`.
    public struct Result: JSONEncodable, Sendable, Equatable {
        public var provider: String
        public var eventId: Int
        public var title: String
        /// Field names the event carries.
        public var fields: [String]
        public var techniques: [TechniqueRuleCount]

        public init(provider: String, eventId: Int, title: String, fields: [String], techniques: [TechniqueRuleCount]) {
            self.provider = provider
            self.eventId = eventId
            self.title = title
            self.fields = fields
            self.techniques = techniques
        }

        public var json: JSON {
            ["provider": JSON(provider), "eventId": JSON(eventId), "title": JSON(title), "fields": JSON(strings: fields),
             "techniques": techniques.json]
        }
    }
}
