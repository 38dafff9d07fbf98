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
        guard key.utf8.contains(UInt8(ascii: "|")) else {
            field = key.isEmpty ? nil : key
            return
        }
        var parts = key.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        let name = parts.removeFirst()
        field = name.isEmpty ? nil : name
        for part in parts {
            guard let modifier = SigmaModifier(rawValue: part) ?? SigmaModifier(rawValue: part.lowercased()) else {
                unknown.append(part)
                continue
            }
            switch modifier.role {
            case .base(let b):
                if base != .exact, base != b { conflicts.append(part) }
                base = b
            case .kind:
                if let existing = kind, existing != modifier.kindOp { conflicts.append(part) }
                if kind == nil { kind = modifier.kindOp }
            case .all: all = true
            case .transform: break
            }
        }
    }
}
