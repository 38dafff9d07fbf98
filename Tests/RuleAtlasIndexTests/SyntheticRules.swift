import RuleAtlasIndex
import RuleAtlasModel

/// Small hand-made rules and files for index tests.
enum Synthetic {
    static func p(_ field: String, _ op: Op, _ value: String, _ polarity: Polarity = .positive) -> Predicate {
        Predicate(field: field, op: op, value: value, polarity: polarity)
    }

    static func rule(
        _ id: String, _ title: String, vendor: Vendor = .sigma, path: String? = nil, tags: [String],
        deprecated: Bool = false, events: [EventRef] = [], _ predicates: [Predicate]
    ) -> Rule {
        Rule(
            id: id, title: title, vendor: vendor, path: path ?? "/r/\(id).yml",
            techniques: tags.compactMap { TechniqueID($0) }, deprecated: deprecated, events: events, predicates: predicates
        )
    }

    static func file(_ rules: [Rule], path: String? = nil) -> IndexedFile {
        let path = path ?? rules.first?.path ?? "/r/empty.yml"
        return IndexedFile(path: path, kind: .rules(rules.first?.vendor ?? .sigma), rules: rules.map { var r = $0; r.path = path; return r })
    }

    static let sysmon1 = EventRef(provider: "Sysmon", eventId: 1, link: .exact)
    static let scm7045 = EventRef(provider: "Service-Control-Manager", eventId: 7045, link: .candidate)

    /// Six rules over T1543 / T1543.003 / T1059, with one deprecated and one Elastic rule.
    static var corpus: [IndexedFile] {
        [
            file([rule("a", "Service via sc", tags: ["attack.t1543.003"], events: [sysmon1], [
                p("Image", .endsWith, "\\sc.exe"), p("CommandLine", .match, "create"),
                p("Image", .endsWith, "\\SC.EXE"), p("ParentImage", .endsWith, "\\explorer.exe", .exclusion),
            ])]),
            file([rule("b", "Both tags", tags: ["attack.t1543", "attack.t1543.003"], events: [sysmon1, scm7045], [
                p("Image", .eq, "C:\\Windows\\System32\\SC.exe"), p("Image", .endsWith, "\\SC.EXE"),
                p("Provider_Name", .eq, "Service Control Manager"),
            ])]),
            file([rule("c", "Parent only", tags: ["attack.t1543"], events: [scm7045], [
                p("Provider_Name", .eq, "service control manager"), p("ServiceName", .regexMatch, "^A.*"),
            ])]),
            file([rule("d", "Other technique", tags: ["attack.t1999.001"], [
                p("Image", .endsWith, "\\sc.exe"), p("CommandLine", .match, "create", .negated),
            ])]),
            file([rule("e", "Deprecated one", tags: ["attack.t1543.003"], deprecated: true, [p("Image", .endsWith, "\\sc.exe")])]),
            file([rule("f", "Elastic one", vendor: .elastic, path: "/r/f.toml", tags: ["T1543.003"], [
                p("Image", .endsWith, "\\sc.exe"), p("ParentImage", .endsWith, "\\Explorer.exe", .exclusion),
            ])]),
            file([rule("g", "Untagged", tags: [], [p("Image", .endsWith, "\\sc.exe")])]),
        ]
    }
}
