import RuleAtlasModel
import RuleAtlasYAML

/// Reads one Sigma rule document: metadata, then detection or correlation.
struct SigmaRuleReader {
    let path: String
    let document: YAMLNode
    /// Used when the rule has no `id`.
    let fallbackID: String
    private(set) var warnings: [Diagnostic] = []
    private let top: SigmaTopLevel

    init(path: String, document: YAMLNode, fallbackID: String) {
        self.path = path
        self.document = document
        self.fallbackID = fallbackID
        top = SigmaTopLevel(document)
    }

    mutating func read() throws(SigmaError) -> Rule {
        let id = try text("id") ?? {
            warn("rule has no id; using its path", at: document)
            return fallbackID
        }()
        let title = try text("title") ?? {
            warn("rule has no title", at: document)
            return id
        }()
        var rule = Rule(id: id, title: title, vendor: .sigma, path: path,
                        location: document.location(in: path))
        try readTags(into: &rule)
        if let level = try text("level") {
            rule.level = Level(vendorWord: level)
            if rule.level == nil, let node = top["level"] { warn("unknown level '\(level)'", at: node) }
        }
        rule.status = try text("status")
        rule.deprecated = rule.status.map { ["deprecated", "unsupported"].contains($0.lowercased()) } ?? false
        rule.description = Self.short(try text("description") ?? "")
        if let correlation = top["correlation"] {
            guard correlation.mapping != nil else { throw SigmaError("'correlation' must be a map", at: correlation) }
            rule.isCorrelation = true
            return rule
        }
        guard let detection = top["detection"] else {
            throw SigmaError("rule has neither 'detection' nor 'correlation'", at: document)
        }
        var compiler = SigmaDetectionCompiler(path: path)
        let condition = try compiler.compile(detection)
        warnings.append(contentsOf: compiler.warnings)
        rule.predicates = condition.predicates()
        rule.events = events(of: rule.predicates)
        return rule
    }

    private mutating func warn(_ message: String, at node: YAMLNode) {
        warnings.append(Diagnostic(.warning, message, at: node.location(in: path)))
    }

    /// A top-level scalar as text; nil when absent or null; an error when it is a list or map.
    private func text(_ key: String) throws(SigmaError) -> String? {
        guard let value = top[key] else { return nil }
        guard let s = value.scalar else { throw SigmaError("'\(key)' must be a single value", at: value) }
        return s.isNull ? nil : SigmaSelection.plainText(s)
    }

    /// `attack.tNNNN[.NNN]` tags as techniques, other `attack.<word>` tags as tactics.
    private mutating func readTags(into rule: inout Rule) throws(SigmaError) {
        guard let tags = top["tags"], !tags.isNull else { return }
        guard let items = tags.sequence else { throw SigmaError("'tags' must be a list", at: tags) }
        for item in items {
            guard let tag = item.string, tag.utf8.count > 7 else { continue }
            let prefix = tag.utf8.prefix(7)
            guard prefix.elementsEqual("attack.".utf8) || prefix.lazy.map({ $0 | 0x20 }).elementsEqual("attack.".utf8) else { continue }
            let name = tag.utf8.dropFirst(7)
            if name.first.map({ $0 | 0x20 == UInt8(ascii: "t") }) == true, let technique = TechniqueID(tag) {
                if !rule.techniques.contains(technique) { rule.techniques.append(technique) }
            } else if name.allSatisfy({ ($0 | 0x20 >= 97 && $0 | 0x20 <= 122) || $0 == 95 || $0 == 45 }) {
                let tactic = String(decoding: name.map { $0 == 95 ? 45 : ($0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0) }, as: UTF8.self)
                if !rule.tactics.contains(tactic) { rule.tactics.append(tactic) }
            }
        }
    }

    /// Catalog events from the log source, narrowed by positive `EventID`/`Provider_Name` equalities.
    private func events(of predicates: [Predicate]) -> [EventRef] {
        let logsource = top["logsource"]
        var eventIDs: [Int] = []
        var providers: [String] = []
        for p in predicates where p.polarity == .positive && p.op == .eq {
            if p.field == "EventID", let n = Int(p.value), !eventIDs.contains(n) { eventIDs.append(n) }
            if p.field == "Provider_Name", !providers.contains(p.value) { providers.append(p.value) }
        }
        return SigmaEventCache.shared.events(SigmaEventCache.Key(
            product: logsource?["product"]?.string, category: logsource?["category"]?.string,
            service: logsource?["service"]?.string, eventIDs: eventIDs, providers: providers))
    }

    /// The first 300 characters of a description, runs of ASCII whitespace collapsed to one space.
    static func short(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(min(bytes.count, 1210))
            var characters = 0
            var space = false
            for b in bytes {
                if b == 32 || b == 9 || b == 10 || b == 13 { space = !out.isEmpty; continue }
                let starts = b & 0xC0 != 0x80
                if starts, characters >= 300 { out.append(contentsOf: "…".utf8); break }
                if space { out.append(32); space = false; characters += 1 }
                out.append(b)
                if starts { characters += 1 }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
