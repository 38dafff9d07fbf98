import RuleAtlasModel
import RuleAtlasYAML

/// Compiles a `detection` map: every search identifier, then the condition(s) over them.
struct SigmaDetectionCompiler {
    let path: String
    private(set) var warnings: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    mutating func compile(_ detection: YAMLNode) throws(SigmaError) -> Condition<PredicateDraft> {
        guard let pairs = detection.mapping else { throw SigmaError("'detection' must be a map", at: detection) }
        // Search identifiers in document order with their compiled selection; a repeated
        // name replaces the earlier one. A handful per rule, so linear lookup beats hashing.
        var names: [String] = []
        var searches: [Condition<PredicateDraft>] = []
        var conditionNode: YAMLNode?
        var selection = SigmaSelection(path: path)
        for pair in pairs {
            guard let name = pair.key.scalar?.text else {
                throw SigmaError("a search identifier must be a name", at: pair.key)
            }
            switch name {
            case "condition": conditionNode = pair.value
            case "timeframe": continue
            default:
                let compiled: Condition<PredicateDraft>
                do {
                    compiled = try selection.compile(pair.value)
                } catch let error as SigmaError {
                    throw error
                } catch {
                    throw SigmaError("\(error)", at: pair.value)
                }
                if let i = names.firstIndex(of: name) {
                    searches[i] = compiled
                } else {
                    names.append(name)
                    searches.append(compiled)
                }
            }
        }
        warnings.append(contentsOf: selection.warnings)
        guard let conditionNode else { throw SigmaError("'detection' has no 'condition'", at: detection) }
        let conditions: [YAMLNode]
        switch conditionNode.value {
        case .scalar: conditions = [conditionNode]
        case .sequence(let items): conditions = items
        case .mapping: throw SigmaError("'condition' must be a string or a list of strings", at: conditionNode)
        }
        guard !conditions.isEmpty else { throw SigmaError("'condition' is an empty list", at: conditionNode) }
        var trees: [Condition<String>] = []
        for node in conditions {
            guard let text = node.string, !text.isEmpty else { throw SigmaError("empty condition", at: node) }
            trees.append(try parseCondition(text, at: node, identifiers: names))
        }
        let tree: Condition<String> = trees.count == 1 ? trees[0] : .or(trees)
        return tree.substituting { name in names.firstIndex(of: name).map { searches[$0] } ?? .none }
    }

    private mutating func parseCondition(_ text: String, at node: YAMLNode, identifiers: [String]) throws(SigmaError) -> Condition<String> {
        var parser = SigmaConditionParser(text, identifiers: identifiers)
        let quoted = node.scalar.map { $0.style == .singleQuoted || $0.style == .doubleQuoted } ?? false
        do {
            let tree = try parser.parse()
            if let offset = parser.aggregationOffset {
                warnings.append(Diagnostic(.warning, "aggregation expression '\(String(decoding: text.utf8.dropFirst(offset), as: UTF8.self))' ignored", at: SourceLocation(
                    path: path, line: node.line, column: node.column + offset + (quoted ? 1 : 0))))
            }
            return tree
        } catch {
            throw SigmaError("condition: \(error.message)", line: node.line,
                             column: node.column + Self.characters(text, upTo: error.offset) + (quoted ? 1 : 0))
        }
    }

    private static func characters(_ text: String, upTo offset: Int) -> Int {
        text.utf8.prefix(offset).reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
