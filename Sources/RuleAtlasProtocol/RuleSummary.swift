import RuleAtlasJSON
import RuleAtlasModel

/// A rule in a list: `{id, title, vendor, path, techniques}` (`rules.search`, `indicators.lookup`).
public struct RuleSummary: JSONEncodable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var vendor: Vendor
    public var path: String
    public var techniques: [TechniqueID]

    public init(id: String, title: String, vendor: Vendor, path: String, techniques: [TechniqueID]) {
        self.id = id
        self.title = title
        self.vendor = vendor
        self.path = path
        self.techniques = techniques
    }

    public var json: JSON {
        ["id": JSON(id), "title": JSON(title), "vendor": JSON(vendor.rawValue), "path": JSON(path),
         "techniques": JSON(strings: techniques.map(\.rawValue))]
    }
}

/// A technique with a rule count: `{id, rules}` (`indicators.lookup`, `event.get`).
public struct TechniqueRuleCount: JSONEncodable, Sendable, Equatable {
    public var id: TechniqueID
    public var rules: Int

    public init(id: TechniqueID, rules: Int) {
        self.id = id
        self.rules = rules
    }

    public var json: JSON { ["id": JSON(id.rawValue), "rules": JSON(rules)] }
}

extension Level: JSONEncodable {
    public var json: JSON { .string(rawValue) }
}
