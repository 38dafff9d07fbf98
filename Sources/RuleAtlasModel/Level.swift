/// Rule severity on one scale for every vendor (API.md `level`).
public enum Level: String, CaseIterable, Sendable, Hashable, Codable, Comparable {
    case informational, low, medium, high, critical

    public static func < (a: Level, b: Level) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Parses a vendor severity word (`info`, `Informational`, `HIGH`); nil when unknown.
    public init?(vendorWord: String) {
        switch vendorWord.lowercased() {
        case "informational", "info", "information": self = .informational
        case "low": self = .low
        case "medium", "moderate": self = .medium
        case "high": self = .high
        case "critical": self = .critical
        default: return nil
        }
    }
}
