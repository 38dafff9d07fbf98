import RuleAtlasIndex
import RuleAtlasJSONRPC
import RuleAtlasModel
import RuleAtlasProtocol

/// `rule.get`, `rules.search`, `event.get`.
func registerRuleMethods(on engine: RPCEngine, service: IndexService) {
    RuleGet.register(on: engine) { [unowned service] p, _ throws(RPCError) in
        try answering { () throws(IndexQueryError) in RuleDetail(try service.snapshot.ruleGet(p.id)) }
    }
    RulesSearch.register(on: engine) { [unowned service] p, _ throws(RPCError) in
        try answering { () throws(IndexQueryError) in
            let page = try service.snapshot.rulesSearch(
                text: p.text, technique: p.technique?.rawValue, field: p.field, filter: p.filter.index, paging: p.paging.index
            )
            return ListResult(total: page.total, items: page.items.map(RuleSummary.init))
        }
    }
    EventGet.register(on: engine) { [unowned service] p, _ throws(RPCError) in
        try answering { () throws(IndexQueryError) in
            let e = try service.snapshot.eventGet(provider: p.provider, eventId: p.eventId, filter: p.filter.index)
            return EventGet.Result(
                provider: e.provider, eventId: e.eventId, title: e.title, fields: e.fields,
                techniques: e.techniques.map { TechniqueRuleCount(id: $0.id, rules: $0.rules) }
            )
        }
    }
}

extension RuleDetail {
    /// `includePath` false leaves the key out (text analysed inline).
    init(_ r: Rule, includePath: Bool = true) {
        self.init(
            id: r.id, title: r.title, vendor: r.vendor, path: includePath ? r.path : nil, techniques: r.techniques, events: r.events,
            level: r.level, status: r.status, deprecated: r.deprecated,
            predicates: r.predicates.map { PredicateItem(field: $0.field, rawField: $0.rawField, op: $0.op, value: $0.value, polarity: $0.polarity) }
        )
    }
}
