import RuleAtlasModel

/// Reads one parsed TOML document into an `ElasticRuleDocument`, collecting diagnostics.
struct ElasticRuleReader {
    let path: String
    let root: TOMLTable
    var diagnostics: [Diagnostic] = []
    /// `name (rule_id)`, used in every diagnostic.
    var ruleLabel = "rule"

    init(path: String, root: TOMLTable) {
        self.path = path
        self.root = root
    }

    mutating func diagnose(_ severity: Diagnostic.Severity, _ message: String, line: Int = 0, column: Int = 0) {
        diagnostics.append(Diagnostic(severity, "\(ruleLabel): \(message)", at: SourceLocation(path: path, line: line, column: column)))
    }

    mutating func read() -> ElasticRuleDocument? {
        guard let rule = root["rule"]?.table else {
            diagnostics.append(Diagnostic(.error, "no [rule] table: not an Elastic rule", at: SourceLocation(path: path, line: 1, column: 1)))
            return nil
        }
        let metadata = root["metadata"]?.table ?? TOMLTable()
        let name = rule["name"]?.string
        let ruleID = rule["rule_id"]?.string
        ruleLabel = "rule '\(name ?? "?")' (\(ruleID ?? "no rule_id"))"
        guard let id = ruleID, !id.isEmpty else {
            diagnose(.error, "missing rule.rule_id", line: rule.entry("name")?.line ?? 1, column: 1)
            return nil
        }
        if name == nil { diagnose(.warning, "missing rule.name") }
        let type = rule["type"]?.string ?? ""
        if type.isEmpty { diagnose(.warning, "missing rule.type") }
        let severity = rule["severity"]?.string
        let level = severity.flatMap { Level(vendorWord: $0) }
        if let s = severity, level == nil { diagnose(.warning, "unknown severity '\(s)'", line: rule.entry("severity")?.line ?? 0) }
        let maturity = metadata["maturity"]?.string
        let threat = readThreat(rule)
        var riskScore: Int?
        if case .integer(let r) = rule["risk_score"] { riskScore = Int(r) }

        var document = ElasticRuleDocument(
            rule: Rule(
                id: id, title: name ?? id, vendor: .elastic, path: path,
                techniques: threat.techniques, tactics: threat.tactics, level: level, status: maturity,
                deprecated: maturity == "deprecated", location: SourceLocation(path: path, line: 1, column: 1),
                description: Self.shortDescription(rule["description"]?.string ?? "")),
            type: type, language: rule["language"]?.string, riskScore: riskScore, severity: severity,
            index: rule["index"]?.strings ?? [], integrations: metadata["integration"]?.strings ?? [],
            maturity: maturity, buildingBlockType: rule["building_block_type"]?.string,
            techniqueNames: threat.names, query: rule["query"]?.string, eqlCategories: [])
        document.rule.techniqueNames = threat.names
        readQuery(rule, into: &document)
        return document
    }

    /// The first paragraph of the description, at most 400 characters.
    static func shortDescription(_ text: String) -> String {
        let paragraph = text.split(separator: "\n\n", maxSplits: 1).first.map(String.init) ?? text
        return paragraph.count > 400 ? String(paragraph.prefix(400)) : paragraph
    }
}
