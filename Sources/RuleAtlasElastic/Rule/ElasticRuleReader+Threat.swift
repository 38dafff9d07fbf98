import RuleAtlasModel

extension ElasticRuleReader {
    struct Threat {
        var techniques: [TechniqueID] = []
        var tactics: [String] = []
        var names: [TechniqueID: String] = [:]
    }

    /// `[[rule.threat]]`: techniques, sub-techniques and tactic shortnames, in order.
    mutating func readThreat(_ rule: TOMLTable) -> Threat {
        var out = Threat()
        guard let entries = rule["threat"]?.array else { return out }
        var seenTechniques = Set<TechniqueID>()
        var seenTactics = Set<String>()
        func addTechnique(_ table: TOMLTable, reader: inout ElasticRuleReader) {
            guard let raw = table["id"]?.string else { return }
            guard let id = TechniqueID(raw) else {
                reader.diagnose(.warning, "technique id '\(raw)' is not an ATT&CK technique id", line: table.entry("id")?.line ?? 0)
                return
            }
            if seenTechniques.insert(id).inserted { out.techniques.append(id) }
            if let name = table["name"]?.string, out.names[id] == nil { out.names[id] = name }
        }
        for entry in entries {
            guard let threat = entry.table else { continue }
            if let framework = threat["framework"]?.string, framework != "MITRE ATT&CK" {
                diagnose(.info, "threat framework '\(framework)' skipped", line: threat.entry("framework")?.line ?? 0)
                continue
            }
            if let tactic = threat["tactic"]?.table, let name = tactic["name"]?.string {
                let short = Self.tacticShortname(name)
                if seenTactics.insert(short).inserted { out.tactics.append(short) }
            }
            for technique in threat["technique"]?.array ?? [] {
                guard let t = technique.table else { continue }
                addTechnique(t, reader: &self)
                for sub in t["subtechnique"]?.array ?? [] {
                    if let s = sub.table { addTechnique(s, reader: &self) }
                }
            }
        }
        return out
    }

    /// ATT&CK tactic name to shortname: `Defense Evasion` -> `defense-evasion`.
    static func tacticShortname(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: "-")
    }
}
