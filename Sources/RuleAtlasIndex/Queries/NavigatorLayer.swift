/// An ATT&CK Navigator layer (layer format 4.5), as `coverage.layer` returns it.
///
/// Only what RuleAtlas fills is modelled; the server writes every field the format
/// requires, in the order Navigator itself writes them.
public struct NavigatorLayer: Sendable, Equatable {
    public struct Metadata: Sendable, Equatable {
        public var name: String
        public var value: String
    }

    public struct TechniqueEntry: Sendable, Equatable {
        public var techniqueID: String
        public var score: Int
        public var comment: String
        public var metadata: [Metadata]
    }

    public struct LegendItem: Sendable, Equatable {
        public var label: String
        public var color: String
    }

    public static let layerVersion = "4.5"
    public static let navigatorVersion = "5.1.0"
    public static let domain = "enterprise-attack"

    public var name: String
    public var description: String
    /// ATT&CK major version of the catalog (`"18"`).
    public var attackVersion: String
    public var techniques: [TechniqueEntry]
    /// Gradient from white (0 rules) to `gradientColors.last` at `maxScore`.
    public var gradientColors: [String]
    public var minScore: Int
    public var maxScore: Int
    public var legend: [LegendItem]
}
