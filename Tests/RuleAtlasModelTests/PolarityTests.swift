import Testing
@testable import RuleAtlasModel

private func p(_ f: String) -> Condition<PredicateDraft> { .leaf(PredicateDraft(field: f, op: .eq, value: "x")) }
private func polarities(_ c: Condition<PredicateDraft>) -> [String: Polarity] {
    Dictionary(uniqueKeysWithValues: c.predicates().map { ($0.field, $0.polarity) })
}

@Test func selectionAndNotFilterIsExclusion() {
    let c: Condition<PredicateDraft> = .and([p("sel"), .not(.or([p("f1"), p("f2")]))])
    #expect(polarities(c) == ["sel": .positive, "f1": .exclusion, "f2": .exclusion])
}

@Test func notInsideOrBranchOfAndIsStillExclusion() {
    // (sel1 and not f1) or sel2
    let c: Condition<PredicateDraft> = .or([.and([p("sel1"), .not(p("f1"))]), p("sel2")])
    #expect(polarities(c) == ["sel1": .positive, "f1": .exclusion, "sel2": .positive])
}

@Test func wholeConditionNotIsNegated() {
    #expect(polarities(.not(p("a"))) == ["a": .negated])
    #expect(polarities(.or([p("sel"), .not(p("x"))])) == ["sel": .positive, "x": .negated])
}

@Test func deepNestingUnderExclusionStaysExclusion() {
    let c: Condition<PredicateDraft> = .and([p("s"), .not(.and([p("a"), .or([p("b"), .not(p("c"))])]))])
    #expect(polarities(c) == ["s": .positive, "a": .exclusion, "b": .exclusion, "c": .exclusion])
}

@Test func oneElementGroupsCollapseSoNotBecomesConjunct() {
    // and([or([ and([sel, not f]) ])]) flattens to and([sel, not f])
    let c: Condition<PredicateDraft> = .and([.or([.and([p("sel"), .not(p("f"))])])])
    #expect(polarities(c) == ["sel": .positive, "f": .exclusion])
}

@Test func techniqueIDParsing() {
    #expect(TechniqueID("attack.t1543.003")?.rawValue == "T1543.003")
    #expect(TechniqueID("T1543")?.parent == nil)
    #expect(TechniqueID("t1543.003")?.parent?.rawValue == "T1543")
    #expect(TechniqueID("X1") == nil)
    #expect(TechniqueID("T15430") == nil)
    #expect(TechniqueID("attack.execution") == nil)
}
