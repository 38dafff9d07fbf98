/// A detection key `Field|mod1|mod2` split into its field and what the modifiers mean.
struct SigmaFieldSpec {
    /// The field as written; nil for a field-less (keyword) key such as `'|all'`.
    var field: String?
    var base: SigmaPattern.Base = .exact
    var kind: SigmaKind?
    var all = false
    /// Modifiers this parser does not know, kept for the warning.
    var unknown: [String] = []
    /// Conflicts found between modifiers (e.g. `re|cidr`), for a warning.
    var conflicts: [String] = []

    init(key: String) {
        var parts = key.split(separator: "|", omittingEmptySubsequences: false)
        let name = parts.removeFirst()
        field = name.isEmpty ? nil : String(name)
        for part in parts {
            guard let modifier = SigmaModifier(rawValue: part.lowercased()) else {
                unknown.append(String(part))
                continue
            }
            switch modifier.role {
            case .base(let b):
                if base != .exact, base != b { conflicts.append(String(part)) }
                base = b
            case .kind:
                if let existing = kind, existing != modifier.kindOp { conflicts.append(String(part)) }
                if kind == nil { kind = modifier.kindOp }
            case .all: all = true
            case .transform: break
            }
        }
    }
}
