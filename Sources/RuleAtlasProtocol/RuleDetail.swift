import RuleAtlasJSON
import RuleAtlasModel

/// One rule in full, as `rule.get` returns it and `authoring.analyze` embeds it (there
/// without `path`): `{id, title, vendor, path, techniques, events, level, status,
/// deprecated, predicates [{field, rawField, op, value, polarity}]}`.
public struct RuleDetail: JSONEncodable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var vendor: Vendor
    /// nil for text analysed inline (the key is then omitted).
    public var path: String?
    public var techniques: [TechniqueID]
    public var events: [EventRef]
    public var level: Level?
    /// The vendor's own status word (`stable`, `experimental`, `deprecated`, ...), or nil.
    public var status: String?
    public var deprecated: Bool
    public var predicates: [PredicateItem]

    public init(id: String, title: String, vendor: Vendor, path: String?, techniques: [TechniqueID], events: [EventRef],
                level: Level?, status: String?, deprecated: Bool, predicates: [PredicateItem]) {
        self.id = id
        self.title = title
        self.vendor = vendor
        self.path = path
        self.techniques = techniques
        self.events = events
        self.level = level
        self.status = status
        self.deprecated = deprecated
        self.predicates = predicates
    }

    /// `{field, rawField, op, value, polarity}`; `value` is null for value-less ops (`exists`).
    public struct PredicateItem: JSONEncodable, Sendable, Equatable {
        public var field: String
        public var rawField: String
        public var op: Op
        public var value: String?
        public var polarity: Polarity

        public init(field: String, rawField: String, op: Op, value: String?, polarity: Polarity) {
            self.field = field
            self.rawField = rawField
            self.op = op
            self.value = value
            self.polarity = polarity
        }

        public var json: JSON {
            ["field": JSON(field), "rawField": JSON(rawField), "op": JSON(op.rawValue), "value": value.json,
             "polarity": JSON(polarity.rawValue)]
        }
    }

    public var json: JSON {
        var o: JSONObject = ["id": JSON(id), "title": JSON(title), "vendor": JSON(vendor.rawValue)]
        if let path { o["path"] = JSON(path) }
        o["techniques"] = JSON(strings: techniques.map(\.rawValue))
        o["events"] = .array(events.map { ["provider": JSON($0.provider), "eventId": JSON($0.eventId), "link": JSON($0.link.rawValue)] })
        o["level"] = level.json
        o["status"] = status.json
        o["deprecated"] = JSON(deprecated)
        o["predicates"] = predicates.json
        return .object(o)
    }
}
