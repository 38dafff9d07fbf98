import RuleAtlasModel

extension AttackCatalog {
    /// One technique row before sub-techniques and related links are derived.
    struct Record {
        var technique: Technique
        var revokedBy: TechniqueID?
    }

    /// Builds a catalog from technique rows, deriving sub-technique lists from parents and the
    /// `related` links from `revokedBy` and the v18 -> v19 `moves` (`from`, `to`, v19 name).
    static func build(
        records: [Record], tactics: [Tactic], moves: [(from: TechniqueID, to: TechniqueID, name: String)]
    ) -> AttackCatalog {
        var techniques: [TechniqueID: Technique] = [:]
        techniques.reserveCapacity(records.count)
        var links: [TechniqueID: Set<TechniqueID>] = [:]
        func link(_ a: TechniqueID, _ b: TechniqueID) {
            guard a != b else { return }
            links[a, default: []].insert(b)
            links[b, default: []].insert(a)
        }
        for record in records {
            var t = record.technique
            t.revokedBy = record.revokedBy
            t.subtechniques = []
            t.related = []
            techniques[t.id] = t
            if let to = record.revokedBy { link(t.id, to) }
        }
        var otherNames: [TechniqueID: String] = [:]
        for move in moves {
            link(move.from, move.to)
            if techniques[move.to] == nil { otherNames[move.to] = move.name }
        }
        var children: [TechniqueID: [TechniqueID]] = [:]
        for t in techniques.values {
            if let parent = t.parent { children[parent, default: []].append(t.id) }
        }
        for (parent, subs) in children where techniques[parent] != nil {
            techniques[parent]?.subtechniques = subs.sorted()
        }
        var related: [TechniqueID: [TechniqueID]] = [:]
        for (id, set) in links {
            let sorted = set.sorted()
            related[id] = sorted
            techniques[id]?.related = sorted
        }
        return AttackCatalog(techniques: techniques, tactics: tactics, otherNames: otherNames, related: related)
    }

    /// Parses the generated `AttackData` tables.
    static func parseBuiltin() -> AttackCatalog {
        var records: [Record] = []
        for row in TSV.rows(AttackData.techniques) {
            guard let id = TechniqueID(TSV.cell(row, 0)) else { continue }
            let tactics = TSV.list(TSV.cell(row, 2))
            let flags = TSV.cell(row, 4)
            let technique = Technique(
                id: id, name: String(TSV.cell(row, 1)), tactics: tactics,
                parent: TechniqueID(TSV.cell(row, 3)), revoked: flags.contains("r"), deprecated: flags.contains("d")
            )
            records.append(Record(technique: technique, revokedBy: TechniqueID(TSV.cell(row, 5))))
        }
        return build(records: records, tactics: builtinTactics(), moves: builtinMoves())
    }

    static func builtinTactics() -> [Tactic] {
        TSV.rows(AttackData.tactics).enumerated().map { i, row in
            let id = TSV.cell(row, 0)
            return Tactic(id: id.isEmpty ? nil : String(id), name: String(TSV.cell(row, 1)),
                          shortname: String(TSV.cell(row, 2)), order: i)
        }
    }

    static func builtinMoves() -> [(from: TechniqueID, to: TechniqueID, name: String)] {
        TSV.rows(AttackData.v19Moves).compactMap { row in
            guard let from = TechniqueID(TSV.cell(row, 0)), let to = TechniqueID(TSV.cell(row, 1)) else { return nil }
            return (from, to, String(TSV.cell(row, 2)))
        }
    }
}
