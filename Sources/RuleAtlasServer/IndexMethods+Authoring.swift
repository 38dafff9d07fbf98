import RuleAtlasIndex
import RuleAtlasJSONRPC
import RuleAtlasModel
import RuleAtlasProtocol

/// `authoring.analyze`, `authoring.suggest`.
func registerAuthoringMethods(on engine: RPCEngine, service: IndexService) {
    AuthoringAnalyze.register(on: engine) { p, _ throws(RPCError) in
        let draft = try answering { () throws(IndexQueryError) in try DraftAnalyzer.analyze(text: p.text, format: p.format) }
        return AuthoringAnalyze.Result(
            rule: draft.rule.map { RuleDetail($0, includePath: false) },
            diagnostics: draft.diagnostics.map { WireDiagnostic($0, includePath: false) })
    }
    AuthoringSuggest.register(on: engine) { [unowned service] p, _ throws(RPCError) in
        try answering { () throws(IndexQueryError) in
            let draft = try p.text.map { text throws(IndexQueryError) in try DraftAnalyzer.analyze(text: text, format: p.format).rule }
            let advice = try service.snapshot.authoringSuggest(technique: p.technique, draft: draft ?? nil, filter: p.filter.index)
            return AuthoringSuggest.Result(technique: advice.technique, suggestions: advice.suggestions.map(AuthoringSuggest.Suggestion.init))
        }
    }
}

extension AuthoringSuggest.Suggestion {
    init(_ s: AuthoringSuggestion) {
        self.init(
            kind: AuthoringSuggest.Kind(rawValue: s.kind.rawValue) ?? .field, message: s.message, field: s.field, op: s.op,
            value: s.value, provider: s.provider, eventId: s.eventId, rules: s.rules, ruleId: s.ruleId, similarity: s.similarity)
    }
}
