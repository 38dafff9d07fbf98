import RuleAtlasModel
import RuleAtlasSigma
import Testing

@Suite struct SigmaSampleCorpusTests {
    static let parsed = SigmaSampleCorpus.files.map { SigmaParser.parse(path: $0.path, bytes: Array($0.text.utf8)) }
    static var rules: [Rule] { parsed.flatMap(\.rules) }

    @Test func everySampleParsesWithoutDiagnostics() {
        #expect(SigmaSampleCorpus.files.count >= 30)
        for file in Self.parsed {
            #expect(file.diagnostics.isEmpty, "\(file.path): \(file.diagnostics)")
            #expect(file.rules.count == 1, "\(file.path)")
            #expect(file.path.hasPrefix("sample/sigma/") && file.path.hasSuffix(".yml"))
        }
        #expect(Set(Self.rules.map(\.id)).count == Self.rules.count)
        #expect(Set(SigmaSampleCorpus.files.map(\.path)).count == SigmaSampleCorpus.files.count)
        #expect(Self.rules.allSatisfy { $0.isCorrelation || !$0.predicates.isEmpty })
        #expect(Self.rules.allSatisfy { !$0.techniques.isEmpty && $0.level != nil })
    }

    @Test func coversTheTechniquesPeopleAskAbout() {
        let techniques = Set(Self.rules.flatMap(\.techniques).map(\.rawValue))
        for t in ["T1543.003", "T1569.002", "T1059.001", "T1547.001", "T1053.005", "T1003.001",
                  "T1218.011", "T1218.010", "T1218.005", "T1218.007", "T1218.004", "T1070.001", "T1110.001"] {
            #expect(techniques.contains(t), "\(t)")
        }
        #expect(Self.rules.filter { $0.isCorrelation }.count == 1)
    }

    @Test func serviceRulesGiveTheIndicatorsOfTheWorkedCheck() {
        let t = TechniqueID("T1543.003")!
        let tagged = Self.rules.filter { $0.techniques.contains(t) }
        func count(_ field: String, _ op: Op, _ key: String, in rules: [Rule]) -> Int {
            rules.filter { $0.predicates.contains { $0.polarity == .positive && $0.field == field && $0.op == op && $0.valueKey == key } }.count
        }
        #expect(count("Provider_Name", .eq, "service control manager", in: tagged) == 2)
        #expect(count("Provider_Name", .eq, "service control manager", in: Self.rules) == 3)
        #expect(count("Image", .endsWith, "\\sc.exe", in: tagged) == 2)
        let exclusions = tagged.flatMap { $0.predicates.filter { $0.polarity == .exclusion } }
        #expect(exclusions.contains { $0.field == "ParentImage" && $0.value == "C:\\Windows\\System32\\msiexec.exe" })
    }
}
