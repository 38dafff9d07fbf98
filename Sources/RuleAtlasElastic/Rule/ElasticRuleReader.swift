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
        document.tags = rule["tags"]?.strings ?? []
        readQuery(rule, into: &document)
        return document
    }

    /// The first paragraph of the description, at most 400 UTF-8 bytes (cut on a character).
    static func shortDescription(_ text: String) -> String {
        let utf8 = text.utf8
        var end = utf8.endIndex
        var previous: UInt8 = 0
        var count = 0
        for i in utf8.indices {
            let b = utf8[i]
            if (b == 0x0A && previous == 0x0A) || count >= 400 { end = i; break }
            previous = b
            count += 1
        }
        guard end != utf8.endIndex else { return text }
        var cut = String.Index(end, within: text) ?? text.startIndex
        if String.Index(end, within: text) == nil {
            var j = end
            while j > utf8.startIndex, String.Index(j, within: text) == nil { j = utf8.index(before: j) }
            cut = String.Index(j, within: text) ?? text.startIndex
        }
        var s = String(text[..<cut])
        while s.hasSuffix("\n") { s.removeLast() }
        return s
    }
}
