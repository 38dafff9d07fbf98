import RuleAtlasModel
import RuleAtlasSigma

/// Parses a rule made of a standard header and the given `detection` body (indented by the caller).
func sigmaFile(detection: String, header: String = "") -> ParsedFile {
    let text = """
    title: Test rule
    id: 00000000-0000-0000-0000-000000000001
    status: test
    \(header)logsource:
        product: windows
        category: process_creation
    detection:
    \(detection)
    level: high
    """
    return SigmaParser.parse(path: "inline.yml", bytes: Array(text.utf8))
}

/// The predicates of an inline rule as `field op value polarity` strings, in order.
func predicates(_ detection: String) -> [String] {
    let file = sigmaFile(detection: detection)
    return (file.rules.first?.predicates ?? []).map(describe)
}

func describe(_ p: Predicate) -> String {
    "\(p.field) \(p.op.rawValue) \(p.value) \(p.polarity.rawValue)"
}
