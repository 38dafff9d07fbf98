import RuleAtlasModel

/// libFuzzer-style entry point for the Sigma condition grammar; builds without libFuzzer.
///
/// Parses `bytes` as a condition over a fixed set of search identifiers and runs the
/// polarity pass on the result. Returns the number of predicates, or -1 when the
/// condition was rejected.
@discardableResult
public func fuzzSigmaCondition(_ bytes: [UInt8]) -> Int {
    let identifiers = ["selection", "sel_a", "sel_b", "filter_main_x", "filter_optional_y", "_private", "keywords", "all", "1"]
    var parser = SigmaConditionParser(String(decoding: bytes, as: UTF8.self), identifiers: identifiers)
    guard let tree = try? parser.parse() else { return -1 }
    let condition = tree.substituting { Condition<PredicateDraft>.leaf(PredicateDraft(field: $0, op: .eq, value: "x")) }
    return condition.predicates().count
}

/// libFuzzer-style entry point for whole rule files; builds without libFuzzer.
///
/// Returns the number of rules read; every problem must come back as a diagnostic.
@discardableResult
public func fuzzSigmaRule(_ bytes: [UInt8]) -> Int {
    let file = SigmaParser.parse(path: "fuzz.yml", bytes: bytes)
    return file.rules.count
}
