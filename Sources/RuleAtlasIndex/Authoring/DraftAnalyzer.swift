import RuleAtlasModel

/// Reads rule text pasted by an author (`authoring.analyze`, `authoring.suggest`) with the
/// same parsers as the corpus scan, so a draft's predicates are the ones its rule would
/// contribute once saved.
public enum DraftAnalyzer {
    /// Drafts larger than this are refused (1 MiB): the parse runs on the request path.
    public static let maxTextBytes = 1 << 20
    /// The path diagnostics and the parsed rule carry.
    public static let draftPath = "<draft>"

    /// The first rule of `text` and every diagnostic. `format` nil detects the vendor from
    /// the content; text of no known format is an error diagnostic, not a thrown error.
    public static func analyze(text: String, format: Vendor?,
                               parsers: [Vendor: RuleFileReader.Parse] = RuleFileReader.standardParsers)
        throws(IndexQueryError) -> (rule: Rule?, diagnostics: [Diagnostic])
    {
        let bytes = Array(text.utf8)
        guard bytes.count <= maxTextBytes else {
            throw .badArgument("text is \(bytes.count) bytes", hint: "drafts are limited to \(maxTextBytes) bytes")
        }
        guard let vendor = format ?? VendorSniffer.detect(bytes, toml: true) ?? VendorSniffer.detect(bytes, toml: false) else {
            let message = "cannot tell the rule format: a Sigma rule has top-level 'logsource' and 'detection', "
                + "an Elastic rule a [rule] table; or pass 'format'"
            return (nil, [Diagnostic(.error, message, at: SourceLocation(path: draftPath, line: 1, column: 1))])
        }
        guard let parse = parsers[vendor] else {
            let supported = parsers.keys.sorted().map(\.rawValue).joined(separator: ", ")
            throw .badArgument("no \(vendor.rawValue) parser in this build", hint: "supported formats: \(supported)")
        }
        let parsed = parse(draftPath, bytes)
        var diagnostics = parsed.diagnostics
        if parsed.rules.count > 1 {
            diagnostics.append(Diagnostic(.info, "the text holds \(parsed.rules.count) rules; the first is analysed",
                                          at: parsed.rules[1].location))
        }
        if parsed.rules.isEmpty, !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics.append(Diagnostic(.error, "no \(vendor.rawValue) rule in the text",
                                          at: SourceLocation(path: draftPath, line: 1, column: 1)))
        }
        return (parsed.rules.first, diagnostics)
    }
}
