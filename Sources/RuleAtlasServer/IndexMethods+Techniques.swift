import RuleAtlasIndex
import RuleAtlasJSONRPC
import RuleAtlasModel
import RuleAtlasProtocol

/// `technique.get`, `technique.search`, `coverage.matrix`, `coverage.layer`.
func registerTechniqueMethods(on engine: RPCEngine, service: IndexService) {
    TechniqueGet.register(on: engine) { [unowned service] p, _ throws(RPCError) in
        try answering { () throws(IndexQueryError) in
            return TechniqueGet.Result(try service.snapshot.techniqueGet(p.id.rawValue, filter: p.filter.index, limit: p.limit))
        }
    }
    TechniqueSearch.register(on: engine) { [unowned service] p, _ throws(RPCError) in
        try answering { () throws(IndexQueryError) in
            let page = try service.snapshot.techniqueSearch(p.query, paging: p.paging.index)
            return ListResult(total: page.total, items: page.items.map {
                TechniqueSearch.Item(id: $0.id, name: $0.name, tactics: $0.tactics, ruleCount: $0.ruleCount)
            })
        }
    }
    CoverageMatrix.register(on: engine) { [unowned service] p, _ throws(RPCError) in
        let page = service.snapshot.coverageMatrix(filter: p.filter.index, all: p.all, paging: p.paging.index)
        return ListResult(total: page.total, items: page.items.map {
            CoverageMatrix.Item(id: $0.id, name: $0.name, tactics: $0.tactics, rules: $0.rules, total: $0.ruleCount)
        })
    }
    CoverageLayer.register(on: engine) { [unowned service] p, _ throws(RPCError) in
        let layer = service.snapshot.coverageLayer(filter: p.filter.index, name: p.name)
        return CoverageLayer.Result(
            name: layer.name, description: layer.description, attackVersion: layer.attackVersion,
            techniques: layer.techniques.compactMap { t in
                TechniqueID(t.techniqueID).map { CoverageLayer.Technique(techniqueID: $0, score: t.score, ruleTitles: t.metadata.map(\.value)) }
            }
        )
    }
}

extension TechniqueGet.Result {
    init(_ page: TechniquePage) {
        var byVendor: [Vendor: [TechniqueGet.RuleRef]] = [:]
        for (vendor, rules) in page.rulesByVendor {
            byVendor[vendor] = rules.map { TechniqueGet.RuleRef(id: $0.id, title: $0.title, path: $0.path, level: $0.level) }
        }
        let t = page.technique
        self.init(
            technique: TechniqueGet.TechniqueInfo(
                id: t.id, name: t.name, description: t.description, tactics: t.tactics, parent: t.parent,
                subtechniques: t.subtechniques, known: t.known, revokedBy: t.revokedBy, related: t.related
            ),
            ruleCount: page.ruleCount, rulesByVendor: byVendor,
            events: page.events.map {
                TechniqueGet.EventItem(provider: $0.provider, eventId: $0.eventId, title: $0.title, link: $0.link, rules: $0.rules)
            },
            fields: page.fields.map { f in
                var ops: [Op: Int] = [:]
                for (op, n) in f.ops { if let o = Op(rawValue: op) { ops[o] = n } }
                return TechniqueGet.FieldItem(field: f.field, rules: f.rules, ops: ops, samples: f.samples)
            },
            indicators: page.indicators.map {
                TechniqueGet.IndicatorItem(field: $0.field, op: $0.op, value: $0.value, rulesHere: $0.rulesHere, corpusReach: $0.corpusReach)
            },
            exclusions: page.exclusions.map { TechniqueGet.ExclusionItem(field: $0.field, op: $0.op, value: $0.value, rules: $0.rules) },
            distinctFields: page.distinctFields, distinctIndicators: page.distinctIndicators,
            distinctExclusions: page.distinctExclusions
        )
    }
}
