import RuleAtlasJSON
import RuleAtlasSupport

/// Renders a `technique.get` result: header, counts per vendor, events, fields filtered
/// most, top indicators with corpus reach, common exclusions, rules by vendor.
///
/// Long cells are shortened with `…` (`Cell`) so each line fits 160 columns.
enum TechniquePageRenderer {
    static let vendorNames = ["sigma": "Sigma", "elastic": "Elastic", "splunk": "Splunk", "kql": "Kusto Query Language"]

    static func render(_ page: JSON, parentName: String?) -> String {
        let t = page["technique"] ?? .null
        var sections: [String] = [header(t, parentName: parentName)]
        sections.append(counts(page))
        sections.append(events(page))
        sections.append(fields(page))
        sections.append(indicators(page))
        sections.append(exclusions(page))
        sections.append(rules(page))
        return sections.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    static func header(_ t: JSON, parentName: String?) -> String {
        let id = t["id"]?.text ?? "-"
        var name = t["name"]?.stringValue ?? ""
        if let parentName, !parentName.isEmpty, !name.isEmpty { name = "\(parentName): \(name)" }
        var lines = [name.isEmpty ? id : "\(name)  \(id)"]
        var facts: [String] = []
        if let tactics = t["tactics"]?.stringArrayValue, !tactics.isEmpty { facts.append("tactics: " + tactics.joined(separator: ", ")) }
        if let subs = t["subtechniques"]?.stringArrayValue, !subs.isEmpty { facts.append("sub-techniques: " + subs.joined(separator: ", ")) }
        if t["known"]?.boolValue == false { facts.append("not in the loaded ATT&CK catalog") }
        if let by = t["revokedBy"]?.stringValue { facts.append("revoked by \(by)") }
        if let related = t["related"]?.stringArrayValue, !related.isEmpty { facts.append("related: " + related.joined(separator: ", ")) }
        if !facts.isEmpty { lines += Cell.wrap(facts.joined(separator: " · "), 160) }
        if let d = t["description"]?.stringValue, !d.isEmpty {
            for paragraph in d.split(separator: "\n", omittingEmptySubsequences: true) {
                lines.append("")
                lines += Cell.wrap(String(paragraph), 100)
            }
        }
        return lines.joined(separator: "\n")
    }

    static func counts(_ page: JSON) -> String {
        let total = page["ruleCount"]?.intValue ?? 0
        let per = (page["rulesByVendor"]?.objectValue ?? [:]).map { "\(vendorNames[$0.key] ?? $0.key) \($0.value.arrayValue?.count ?? 0)" }
        return "Rules: \(total)" + (per.isEmpty ? "" : "  (" + per.joined(separator: ", ") + ")")
    }

    static func events(_ page: JSON) -> String {
        let rows = page["events"]?.arrayValue ?? []
        guard !rows.isEmpty else { return "" }
        var table = TextTable([.init(title: "provider"), .init(title: "event id", numeric: true), .init(title: "rules", numeric: true),
                               .init(title: "link"), .init(title: "title")])
        for e in rows { table.append(Cell.fit(e["provider"]?.text ?? "", 40), e["eventId"]?.text ?? "", e["rules"]?.text ?? "", e["link"]?.text ?? "",
                            Cell.fit(e["title"]?.text ?? "", 90)) }
        return "Events covered (\(rows.count))\n" + table.render()
    }

    static func fields(_ page: JSON) -> String {
        let rows = page["fields"]?.arrayValue ?? []
        guard !rows.isEmpty else { return "" }
        var table = TextTable([.init(title: "field"), .init(title: "rules", numeric: true), .init(title: "how"), .init(title: "sample values")])
        for f in rows {
            let ops = (f["ops"]?.objectValue ?? [:]).map { ($0.key, $0.value.intValue ?? 0) }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
            table.append(Cell.fit(f["field"]?.text ?? "", 40), f["rules"]?.text ?? "", Cell.fit(ops, 44),
                         Cell.list(f["samples"]?.stringArrayValue ?? [], itemWidth: 32, width: 70))
        }
        return "Fields filtered most (\(page["distinctFields"]?.text ?? "-") distinct)\n" + table.render()
    }

    static func indicators(_ page: JSON) -> String {
        let rows = page["indicators"]?.arrayValue ?? []
        guard !rows.isEmpty else { return "" }
        var table = TextTable([.init(title: "field"), .init(title: "kind"), .init(title: "rules here", numeric: true),
                               .init(title: "corpus reach", numeric: true), .init(title: "value")])
        for i in rows {
            let here = i["rulesHere"]?.intValue ?? 0, reach = i["corpusReach"]?.intValue ?? 0
            table.append(Cell.fit(i["field"]?.text ?? "", 40), i["op"]?.text ?? "", String(here), reach == here ? "only here" : String(reach),
                         Cell.fit(i["value"]?.text ?? "", 80))
        }
        return "Top indicator values (\(page["distinctIndicators"]?.text ?? "-") distinct)\n" + table.render()
    }

    static func exclusions(_ page: JSON) -> String {
        let rows = page["exclusions"]?.arrayValue ?? []
        guard !rows.isEmpty else { return "" }
        var table = TextTable([.init(title: "field"), .init(title: "kind"), .init(title: "rules excluding", numeric: true), .init(title: "value")])
        for e in rows {
            table.append(Cell.fit(e["field"]?.text ?? "", 40), e["op"]?.text ?? "", e["rules"]?.text ?? "", Cell.fit(e["value"]?.text ?? "", 90))
        }
        return "Common exclusions (\(page["distinctExclusions"]?.text ?? "-") distinct)\n" + table.render()
    }

    static func rules(_ page: JSON) -> String {
        var out: [String] = []
        for (vendor, list) in page["rulesByVendor"]?.objectValue ?? [:] {
            let rules = list.arrayValue ?? []
            var table = TextTable("level", "title", "id")
            table.showHeader = false
            for r in rules { table.append(r["level"]?.text ?? "-", Cell.fit(r["title"]?.text ?? "", 100), r["id"]?.text ?? "") }
            out.append("\(vendorNames[vendor] ?? vendor) \(rules.count) rule\(rules.count == 1 ? "" : "s")\n" + table.render())
        }
        return out.isEmpty ? "" : "Rules under this technique\n\n" + out.joined(separator: "\n\n")
    }
}
