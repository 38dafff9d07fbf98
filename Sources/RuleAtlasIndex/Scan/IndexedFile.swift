import RuleAtlasModel

/// One candidate file of a `--rules` root after reading: what it is and what it yielded.
public struct IndexedFile: Sendable {
    public enum Kind: Sendable, Hashable {
        /// A rule file of this vendor that was parsed (it may still have failed).
        case rules(Vendor)
        /// A recognised vendor whose parser is not available: counted as skipped.
        case unsupported(Vendor)
        /// Not a rule file (README, licence, Splunk macro or data source): skipped silently.
        case notRule
        /// Could not be read, or binary, or over the size cap: a diagnostic.
        case unreadable
    }

    public var path: String
    public var kind: Kind
    public var rules: [Rule]
    public var diagnostics: [Diagnostic]

    public init(path: String, kind: Kind, rules: [Rule] = [], diagnostics: [Diagnostic] = []) {
        self.path = path
        self.kind = kind
        self.rules = rules
        self.diagnostics = diagnostics
    }

    /// Rule-like but unusable: no rule came out and an error was reported.
    public var failed: Bool {
        switch kind {
        case .rules: rules.isEmpty && diagnostics.contains { $0.severity == .error }
        case .unreadable: true
        case .unsupported, .notRule: false
        }
    }
}
