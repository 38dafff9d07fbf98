import RuleAtlasModel
import RuleAtlasYAML

/// Compiles one search identifier's value (map, list of maps, keyword list) into a
/// condition over predicate drafts.
struct SigmaSelection {
    let path: String
    /// Warnings found while compiling (unknown modifiers, conflicts), kept by the caller.
    var warnings: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    mutating func compile(_ node: YAMLNode) throws -> Condition<PredicateDraft> {
        if node.mapping?.isEmpty == true || node.sequence?.isEmpty == true {
            throw SigmaError("search identifier is empty", at: node)
        }
        switch node.value {
        case .mapping(let pairs):
            return .and(try pairs.map { try compileEntry($0) })
        case .sequence(let items):
            return .or(try items.map { item in
                switch item.value {
                case .mapping(let pairs): return .and(try pairs.map { try compileEntry($0) })
                case .scalar(let s): return try keyword(s, at: item)
                case .sequence: throw SigmaError("a search list may hold maps or keywords, not nested lists", at: item)
                }
            })
        case .scalar(let s):
            if s.isNull { throw SigmaError("search identifier has no value", at: node) }
            return try keyword(s, at: node)
        }
    }

    private func keyword(_ s: YAMLScalar, at node: YAMLNode) throws -> Condition<PredicateDraft> {
        if s.isNull { throw SigmaError("null keyword", at: node) }
        let (op, value) = SigmaPattern.classify(s.text, base: .contains)
        return .leaf(PredicateDraft(field: Self.keywordField, op: op, value: value))
    }

    static let keywordField = "_keyword"

    private mutating func compileEntry(_ pair: YAMLPair) throws -> Condition<PredicateDraft> {
        guard let key = pair.key.scalar?.text else {
            throw SigmaError("a detection key must be a field name", at: pair.key)
        }
        var spec = SigmaFieldSpec(key: key)
        if !spec.unknown.isEmpty {
            warnings.append(Diagnostic(.warning, "unknown modifier \(spec.unknown.map { "'\($0)'" }.joined(separator: ", ")) in '\(key)' kept as a value transform",
                                       at: pair.key.location(in: path)))
        }
        if !spec.conflicts.isEmpty {
            warnings.append(Diagnostic(.warning, "conflicting modifier \(spec.conflicts.map { "'\($0)'" }.joined(separator: ", ")) in '\(key)': the first one decides the op",
                                       at: pair.key.location(in: path)))
        }
        if spec.field == nil, spec.kind == nil, spec.base == .exact { spec.base = .contains }
        switch pair.value.value {
        case .scalar(let s):
            return .leaf(try draft(spec, s, at: pair.value))
        case .sequence(let items):
            if items.isEmpty { throw SigmaError("empty value list for '\(key)'", at: pair.value) }
            let leaves: [Condition<PredicateDraft>] = try items.map { item in
                guard case .scalar(let s) = item.value else {
                    throw SigmaError("a value list may hold only plain values", at: item)
                }
                return .leaf(try draft(spec, s, at: item))
            }
            return spec.all ? .and(leaves) : .or(leaves)
        case .mapping:
            throw SigmaError("the value of '\(key)' cannot be a map", at: pair.value)
        }
    }

    /// One value under a field spec: the op after modifiers and implied wildcards.
    private func draft(_ spec: SigmaFieldSpec, _ s: YAMLScalar, at node: YAMLNode) throws -> PredicateDraft {
        let field = spec.field ?? Self.keywordField
        let text = Self.plainText(s)
        if let kind = spec.kind {
            let op: Op
            switch kind {
            case .regex: op = .regexMatch
            case .cidr: op = .cidrMatch
            case .fieldref: op = .fieldref
            case .neq: op = .ne
            case .gt: op = .gt
            case .gte: op = .gte
            case .lt: op = .lt
            case .lte: op = .lte
            case .exists:
                guard s.kind == .bool || text == "true" || text == "false" else {
                    throw SigmaError("'exists' needs true or false, found '\(s.text)'", at: node)
                }
                return PredicateDraft(field: field, op: .exists, value: s.boolValue.map { $0 ? "true" : "false" } ?? text)
            }
            if s.isNull { throw SigmaError("a null value cannot take this modifier", at: node) }
            return PredicateDraft(field: field, op: op, value: text)
        }
        if s.isNull { return PredicateDraft(field: field, op: .isNull, value: "null") }
        if spec.base == .exact, s.kind == .int || s.kind == .float || s.kind == .bool {
            return PredicateDraft(field: field, op: .eq, value: text)
        }
        let (op, value) = SigmaPattern.classify(text, base: spec.base)
        return PredicateDraft(field: field, op: op, value: value)
    }

    /// The scalar's text, with resolved booleans spelled `true`/`false`.
    static func plainText(_ s: YAMLScalar) -> String {
        if let b = s.boolValue { return b ? "true" : "false" }
        return s.text
    }
}
