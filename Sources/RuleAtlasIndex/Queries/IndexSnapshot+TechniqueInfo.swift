import RuleAtlasModel

extension IndexSnapshot {
    /// Catalog data for `id`; for an id the catalog lacks, a page built from the rules:
    /// name from the catalog's other-version names or a rule that carries one, tactics from the rules' tags, sub-techniques
    /// from the ids rules carry, related ids from catalog links pointing at it (decision 0503).
    public func techniqueInfo(_ id: TechniqueID) -> TechniqueInfo {
        let subsFromRules = techniques.keys.filter { $0.parent == id }
        if let t = attack.technique(id) {
            var subs = Set(t.subtechniques)
            subs.formUnion(subsFromRules)
            return TechniqueInfo(
                id: id, name: t.name, description: t.description, tactics: t.tactics, parent: t.parent,
                subtechniques: subs.sorted(), known: true, revokedBy: t.revokedBy, related: relatedIDs(id, own: t.related)
            )
        }
        var name = attack.name(id) ?? ""
        var tacticCounts: [String: Int] = [:]
        for r in (techniques[id]?.rules ?? []).sorted(by: { $0.rule.path < $1.rule.path }) {
            if name.isEmpty, let n = r.rule.techniqueNames[id], !n.isEmpty { name = n }
            for t in r.rule.tactics { tacticCounts[t, default: 0] += 1 }
        }
        return TechniqueInfo(
            id: id, name: name, description: nil, tactics: tacticCounts.keys.sorted(), parent: id.parent,
            subtechniques: subsFromRules.sorted(), known: false, revokedBy: nil, related: relatedIDs(id, own: [])
        )
    }

    /// `own` plus the catalog's cross-version links of `id` (both directions).
    func relatedIDs(_ id: TechniqueID, own: [TechniqueID]) -> [TechniqueID] {
        var out = Set(own)
        out.formUnion(attack.related(id))
        out.remove(id)
        return out.sorted()
    }
}
