import RuleAtlasYAML

/// The top-level entries of a rule document the reader uses, found in one pass over the
/// document's keys (a repeated key: the last one wins, as in PyYAML).
struct SigmaTopLevel {
    private var id, title, level, status, description, tags, logsource, detection, correlation: YAMLNode?

    /// Every key this type keeps.
    static let keys: Set<String> = ["id", "title", "level", "status", "description", "tags", "logsource", "detection", "correlation"]

    init(_ document: YAMLNode) {
        guard case .mapping(let pairs) = document.value else { return }
        for pair in pairs {
            guard case .scalar(let key) = pair.key.value else { continue }
            switch key.text {
            case "id": id = pair.value
            case "title": title = pair.value
            case "level": level = pair.value
            case "status": status = pair.value
            case "description": description = pair.value
            case "tags": tags = pair.value
            case "logsource": logsource = pair.value
            case "detection": detection = pair.value
            case "correlation": correlation = pair.value
            default: continue
            }
        }
    }

    subscript(key: String) -> YAMLNode? {
        switch key {
        case "id": id
        case "title": title
        case "level": level
        case "status": status
        case "description": description
        case "tags": tags
        case "logsource": logsource
        case "detection": detection
        case "correlation": correlation
        default: nil
        }
    }
}
