import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasModel

/// `coverage.layer`: an ATT&CK Navigator layer (format 4.5) scoring each technique by its
/// rule count, with the rule titles in each technique's metadata.
public enum CoverageLayer: RPCRequestType {
    public static let method = "coverage.layer"
    public static let defaultName = "RuleAtlas coverage"

    public struct Params: RPCParams, Equatable {
        public static let names = RuleFilter.names + ["name"]
        public var filter: RuleFilter
        /// The layer's name (default "RuleAtlas coverage").
        public var name: String

        public init(filter: RuleFilter = RuleFilter(), name: String = CoverageLayer.defaultName) {
            self.filter = filter
            self.name = name
        }

        public init(params: JSONObject) throws(RPCError) {
            let r = try ParamReader(params, allowed: Self.names)
            filter = try r.ruleFilter()
            name = try r.optionalString("name") ?? CoverageLayer.defaultName
        }
    }

    public struct Result: JSONEncodable, Sendable, Equatable {
        public var name: String
        public var description: String
        /// The ATT&CK version of the catalog (`"18"`).
        public var attackVersion: String
        public var techniques: [Technique]

        public init(name: String, description: String, attackVersion: String, techniques: [Technique]) {
            self.name = name
            self.description = description
            self.attackVersion = attackVersion
            self.techniques = techniques
        }

        public var json: JSON {
            let maxScore = techniques.map(\.score).max() ?? 0
            return [
                "name": JSON(name),
                "versions": ["attack": JSON(attackVersion), "navigator": "5.1.0", "layer": "4.5"],
                "domain": "enterprise-attack",
                "description": JSON(description),
                "sorting": 3,
                "hideDisabled": false,
                "techniques": techniques.json,
                "gradient": ["colors": ["#ffffffff", "#66b1ffff"], "minValue": 0, "maxValue": JSON(max(maxScore, 1))],
                "legendItems": [],
                "showTacticRowBackground": false,
                "selectTechniquesAcrossTactics": true,
            ]
        }
    }

    /// `{techniqueID, score, metadata [{name: "rule", value: title}]}`.
    public struct Technique: JSONEncodable, Sendable, Equatable {
        public var techniqueID: TechniqueID
        public var score: Int
        public var ruleTitles: [String]

        public init(techniqueID: TechniqueID, score: Int, ruleTitles: [String]) {
            self.techniqueID = techniqueID
            self.score = score
            self.ruleTitles = ruleTitles
        }

        public var json: JSON {
            ["techniqueID": JSON(techniqueID.rawValue), "score": JSON(score), "enabled": true,
             "metadata": .array(ruleTitles.map { ["name": "rule", "value": JSON($0)] })]
        }
    }
}
