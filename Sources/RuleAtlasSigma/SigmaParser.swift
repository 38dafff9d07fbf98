import RuleAtlasModel
import RuleAtlasYAML

/// Reads Sigma rule files into `Rule`s (PREDICATES.md), one per rule document.
///
/// Documents that are not rules (no `detection`/`correlation`, meta filters) are skipped
/// silently. A rule that cannot be read becomes an error diagnostic at its
/// `path:line:column` and is skipped; the other documents of the file still load.
public enum SigmaParser {
    /// The top-level keys the reader looks at; the YAML of other top-level entries is
    /// not read when it can be left out without losing a diagnostic (`YAMLTopLevelFilter`).
    public static let readKeys = YAMLTopLevelFilter.Keys(SigmaTopLevel.keys)

    /// Parses the YAML of `bytes`, then every Sigma document in it.
    public static func parse(path: String, bytes: [UInt8]) -> ParsedFile {
        let yaml = YAMLParser.parse(bytes: bytes, path: path, keepingTopLevel: readKeys)
        var file = parse(documents: yaml.documents, path: path)
        file.diagnostics.insert(contentsOf: yaml.diagnostics, at: 0)
        if file.vendor == nil, yaml.diagnostics.contains(where: { $0.severity == .error }) {
            file.vendor = .sigma
        }
        return file
    }

    /// Reads already-parsed documents (the scanner parses YAML once to detect the vendor).
    public static func parse(documents: [YAMLNode], path: String) -> ParsedFile {
        var file = ParsedFile(path: path, vendor: nil)
        let several = documents.count > 1
        for (n, document) in documents.enumerated() where isSigma(document) {
            file.vendor = .sigma
            var reader = SigmaRuleReader(path: path, document: document,
                                         fallbackID: several ? "\(path)#\(n + 1)" : path)
            do {
                let rule = try reader.read()
                file.rules.append(rule)
                file.diagnostics.append(contentsOf: reader.warnings)
            } catch {
                file.diagnostics.append(contentsOf: reader.warnings)
                file.diagnostics.append(error.diagnostic(path: path))
            }
        }
        return file
    }

    /// True for a Sigma rule document: a map with `correlation`, or with `detection` and `logsource`.
    public static func isSigma(_ document: YAMLNode) -> Bool {
        guard case .mapping(let pairs) = document.value else { return false }
        var detection = false, logsource = false
        for pair in pairs {
            guard case .scalar(let key) = pair.key.value else { continue }
            switch key.text {
            case "correlation": return true
            case "detection": detection = true
            case "logsource": logsource = true
            default: break
            }
        }
        return detection && logsource
    }
}
