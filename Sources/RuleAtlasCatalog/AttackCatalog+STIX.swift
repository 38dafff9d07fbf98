#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RuleAtlasModel
extension AttackCatalog {
    /// Reads an ATT&CK Enterprise STIX 2.0/2.1 bundle: every attack-pattern with its description,
    /// tactics in the bundle's matrix order, subtechnique-of and revoked-by relationships.
    ///
    /// The v19 tactics and the v18 -> v19 `related` links of the built-in table are kept. The
    /// scan decodes only the keys it needs, so the 45 MB v18.1 bundle reads in a fraction of a
    /// second; callers run it beside rule loading, it touches no shared state.
    public static func load(stixBundleAt path: String) throws -> AttackCatalog {
        let bytes = try readFile(path)
        return try bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            do {
                return try parseBundle(&scanner)
            } catch let failure as JSONScanner.Failure {
                let at = scanner.lineColumn(of: failure.offset)
                throw AttackBundleError(path: path, line: at.line, column: at.column, message: failure.message)
            }
        }
    }

    private static func parseBundle(_ scanner: inout JSONScanner) throws -> AttackCatalog {
        var objects: [STIXObject] = []
        objects.reserveCapacity(32_000)
        try scanner.members { s, key in
            guard s.equals(key, "objects") else { return false }
            try s.elements { objects.append(try $0.stixObject()) }
            return true
        }
        let s = scanner
        var externalIds: [String: String] = [:]
        var tacticObjects: [String: Tactic] = [:]
        var matrixOrder: [String] = []
        var relationships: [(kind: String, source: String, target: String)] = []
        var patterns: [STIXObject] = []
        for o in objects {
            guard let type = o.type, let idRange = o.id else { continue }
            if s.equals(type, "relationship") {
                guard let kind = o.relationshipType, let src = o.sourceRef, let dst = o.targetRef else { continue }
                let isRevoked = s.equals(kind, "revoked-by")
                guard isRevoked || s.equals(kind, "subtechnique-of") else { continue }
                relationships.append((isRevoked ? "revoked-by" : "subtechnique-of", try s.decode(src), try s.decode(dst)))
                continue
            }
            let id = try s.decode(idRange)
            if let ext = o.externalId { externalIds[id] = ext }
            if s.equals(type, "attack-pattern") {
                patterns.append(o)
            } else if s.equals(type, "x-mitre-tactic"), let short = o.shortname, let name = o.name {
                tacticObjects[id] = Tactic(id: o.externalId, name: try s.decode(name), shortname: try s.decode(short), order: 0)
            } else if s.equals(type, "x-mitre-matrix") {
                matrixOrder = o.tacticRefs
            }
        }
        let tactics = mergeTactics(matrixOrder.compactMap { tacticObjects[$0] })
        let rank = Dictionary(tactics.map { ($0.shortname, $0.order) }, uniquingKeysWith: { a, _ in a })
        var revokedBy: [TechniqueID: TechniqueID] = [:]
        var parents: [TechniqueID: TechniqueID] = [:]
        for r in relationships {
            guard let src = externalIds[r.source].flatMap(TechniqueID.init),
                  let dst = externalIds[r.target].flatMap(TechniqueID.init) else { continue }
            if r.kind == "revoked-by" { revokedBy[src] = dst } else { parents[src] = dst }
        }
        var records: [TechniqueID: Record] = [:]
        for o in patterns {
            guard let id = o.externalId.flatMap(TechniqueID.init), let name = o.name else { continue }
            if let existing = records[id], !existing.technique.revoked, o.revoked || o.deprecated { continue }
            let tactics = o.phases.sorted { (rank[$0] ?? 99) < (rank[$1] ?? 99) }
            let technique = Technique(
                id: id, name: try s.decode(name), description: try o.description.map { try s.decode($0) },
                tactics: tactics, parent: parents[id] ?? id.parent, revoked: o.revoked, deprecated: o.deprecated
            )
            records[id] = Record(technique: technique, revokedBy: revokedBy[id])
        }
        return build(records: Array(records.values), tactics: tactics, moves: builtinMoves())
    }

    /// The bundle's tactics in matrix order plus the built-in v19 tactics (those without a TA id)
    /// it lacks, each placed after the tactic that precedes it in the built-in table.
    private static func mergeTactics(_ bundle: [Tactic]) -> [Tactic] {
        let builtin = builtinTactics()
        guard !bundle.isEmpty else { return builtin }
        var merged = bundle
        let known = Set(bundle.map(\.shortname))
        for (i, t) in builtin.enumerated() where t.id == nil && !known.contains(t.shortname) {
            let before = i > 0 ? merged.firstIndex { $0.shortname == builtin[i - 1].shortname } : nil
            merged.insert(t, at: before.map { $0 + 1 } ?? merged.count)
        }
        return merged.enumerated().map { i, t in Tactic(id: t.id, name: t.name, shortname: t.shortname, order: i) }
    }

    private static func readFile(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw AttackBundleError(path: path, line: 0, column: 0, message: String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            throw AttackBundleError(path: path, line: 0, column: 0, message: String(cString: strerror(errno)))
        }
        let size = Int(st.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return read(fd, base + done, size - done)
            }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            done += n
        }
        if done < size { bytes.removeSubrange(done...) }
        return bytes
    }
}
