import RuleAtlasIndex
import RuleAtlasJSONRPC
import RuleAtlasModel
import RuleAtlasProtocol

/// `indicators.rank` and `indicators.lookup`.
func registerIndicatorMethods(on engine: RPCEngine, service: IndexService) {
    IndicatorsRank.register(on: engine) { [unowned service] p, _ throws(RPCError) in
        try answering { () throws(IndexQueryError) in
            let page = try service.snapshot.indicatorsRank(
                technique: p.technique?.rawValue, field: p.field, op: p.op,
                polarity: p.polarity == .positive ? .positive : .exclusion,
                sort: IndicatorSort(rawValue: p.sort.rawValue) ?? .rules, filter: p.filter.index, paging: p.paging.index
            )
            return ListResult(total: page.total, items: page.items.map {
                IndicatorsRank.Item(field: $0.field, op: $0.op, value: $0.value, rulesHere: $0.rulesHere,
                                    corpusReach: $0.corpusReach, specificity: $0.specificity)
            })
        }
    }
    IndicatorsLookup.register(on: engine) { [unowned service] p, _ throws(RPCError) in
        let found = service.snapshot.indicatorsLookup(field: p.field, value: p.value, op: p.op, filter: p.filter.index, paging: p.paging.index)
        return IndicatorsLookup.Result(
            corpusReach: found.corpusReach,
            techniques: found.techniques.map { TechniqueRuleCount(id: $0.id, rules: $0.rules) },
            rules: ListResult(total: found.rules.total, items: found.rules.items.map(RuleSummary.init))
        )
    }
}

extension RuleSummary {
    init(_ r: RuleListing) {
        self.init(id: r.id, title: r.title, vendor: r.vendor, path: r.path, techniques: r.techniques)
    }
}
