import RuleAtlasModel
import Testing

/// The building blocks of PREDICATES.md's worked check on T1543.003, from parsed rules.
@Suite struct SigmaWorkedCheckTests {
    static let t1543003 = TechniqueID("T1543.003")!
    static let scm = (field: "Provider_Name", op: Op.eq, key: "service control manager")
    static let sc = (field: "Image", op: Op.endsWith, key: "\\sc.exe")

    static var counted: [Rule] { SigmaCorpus.rules.filter { !$0.deprecated } }
    static var tagged: [Rule] { counted.filter { $0.techniques.contains(t1543003) } }

    static func reach(_ rules: [Rule], _ k: (field: String, op: Op, key: String)) -> Int {
        rules.filter { r in
            r.predicates.contains { $0.polarity == .positive && $0.field == k.field && $0.op == k.op && $0.valueKey == k.key }
        }.count
    }

    @Test func techniqueHas38Rules() {
        #expect(Self.tagged.count == 38)
    }

    @Test func imageFilteredBy12Rules() {
        let withImage = Self.tagged.filter { $0.predicates.contains { $0.field == "Image" } }
        #expect(withImage.count == 12)
        let endsWith = withImage.filter { $0.predicates.contains { $0.field == "Image" && $0.op == .endsWith } }
        let eq = withImage.filter { $0.predicates.contains { $0.field == "Image" && $0.op == .eq } }
        #expect(endsWith.count == 12)
        #expect(eq.count == 1)
    }

    @Test func serviceControlManagerReach() {
        #expect(Self.reach(Self.tagged, Self.scm) == 12)
        #expect(Self.reach(Self.counted, Self.scm) == 43)
    }

    @Test func scExeReach() {
        #expect(Self.reach(Self.tagged, Self.sc) == 6)
        #expect(Self.reach(Self.counted, Self.sc) == 17)
    }
}
