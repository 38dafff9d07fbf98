import RuleAtlasModel

/// Reads Elastic detection-rules TOML files (elastic/detection-rules) into rules.
///
/// One file is one rule. Its query (kuery, EQL, ES|QL or Lucene) and `rule.filters`
/// become predicates through `QueryReducer`; selectors, `index`, EQL categories and
/// `metadata.integration` link it to catalog events. Problems are diagnostics naming
/// the rule and the construct; a broken file never stops the others.
public enum ElasticParser {
    /// Cheap check: a line that is exactly `[rule]` (possibly with trailing spaces).
    public static func looksLikeElastic(_ bytes: [UInt8]) -> Bool {
        let needle = Array("[rule]".utf8)
        var lineStart = 0
        let n = bytes.count
        while lineStart < n {
            if bytes[lineStart] == needle[0], lineStart + needle.count <= n,
                bytes[lineStart..<(lineStart + needle.count)].elementsEqual(needle)
            {
                let after = lineStart + needle.count
                if after == n || bytes[after] == 0x0A || bytes[after] == 0x0D || bytes[after] == 0x20 || bytes[after] == 0x23 { return true }
            }
            guard let nl = bytes[lineStart...].firstIndex(of: 0x0A) else { return false }
            lineStart = nl + 1
        }
        return false
    }

    /// Parses one file into a `ParsedFile` (vendor `elastic`).
    public static func parse(path: String, bytes: [UInt8]) -> ParsedFile {
        let (document, diagnostics) = parseDocument(path: path, bytes: bytes)
        return ParsedFile(path: path, vendor: .elastic, rules: document.map { [$0.rule] } ?? [], diagnostics: diagnostics)
    }

    /// Values never read, so toml++ is spared them: investigation guides and setup notes
    /// (two thirds of the corpus text), references, false positives, authors, licences,
    /// dates and investigation field lists (decision 0603).
    public static let unreadValues = [
        "note", "setup", "references", "reference", "false_positives", "author", "license", "timestamp_override",
        "creation_date", "updated_date", "field_names",
    ]

    /// Parses one file keeping the Elastic metadata; nil when the file is not a rule.
    /// `omittingUnread: false` hands toml++ the whole text (tests compare both).
    public static func parseDocument(path: String, bytes: [UInt8], omittingUnread: Bool = true) -> (ElasticRuleDocument?, [Diagnostic]) {
        let parsed = omittingUnread
            ? TOMLDocument.parse(bytes, omittingValues: unreadValues) : TOMLDocument.parse(bytes)
        switch parsed {
        case .failure(let e):
            let d = Diagnostic(.error, "TOML: \(e.message)", at: SourceLocation(path: path, line: e.line, column: e.column))
            return (nil, [d])
        case .success(let root):
            var reader = ElasticRuleReader(path: path, root: root)
            let doc = reader.read()
            return (doc, reader.diagnostics)
        }
    }
}
