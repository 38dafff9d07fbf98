extension JSONScanner {
    /// Reads one object of the bundle's `objects` array.
    mutating func stixObject() throws -> STIXObject {
        var o = STIXObject()
        try members { s, key in
            switch key.count {
            case 2 where s.equals(key, "id"): o.id = try s.stringRange()
            case 4 where s.equals(key, "type"): o.type = try s.stringRange()
            case 4 where s.equals(key, "name"): o.name = try s.stringRange()
            case 7 where s.equals(key, "revoked"): o.revoked = try s.bool() ?? false
            case 10 where s.equals(key, "source_ref"): o.sourceRef = try s.stringRange()
            case 10 where s.equals(key, "target_ref"): o.targetRef = try s.stringRange()
            case 11 where s.equals(key, "description"): o.description = try s.stringRange()
            case 11 where s.equals(key, "tactic_refs"):
                try s.elements { o.tacticRefs.append(try $0.string()) }
            case 17 where s.equals(key, "kill_chain_phases"): o.phases = try s.killChainPhases()
            case 17 where s.equals(key, "relationship_type"): o.relationshipType = try s.stringRange()
            case 17 where s.equals(key, "x_mitre_shortname"): o.shortname = try s.stringRange()
            case 18 where s.equals(key, "x_mitre_deprecated"): o.deprecated = try s.bool() ?? false
            case 19 where s.equals(key, "external_references"): o.externalId = try s.mitreExternalId()
            default: return false
            }
            return true
        }
        return o
    }

    private mutating func killChainPhases() throws -> [String] {
        var phases: [String] = []
        try elements { s in
            var chain: Range<Int>?
            var phase: String?
            try s.members { s, key in
                if s.equals(key, "kill_chain_name") { chain = try s.stringRange(); return true }
                if s.equals(key, "phase_name") { phase = try s.string(); return true }
                return false
            }
            if let chain, s.equals(chain, "mitre-attack"), let phase { phases.append(phase) }
        }
        return phases
    }

    private mutating func mitreExternalId() throws -> String? {
        var found: String?
        try elements { s in
            var source: Range<Int>?
            var id: Range<Int>?
            try s.members { s, key in
                if s.equals(key, "source_name") { source = try s.stringRange(); return true }
                if s.equals(key, "external_id") { id = try s.stringRange(); return true }
                return false
            }
            if found == nil, let source, s.equals(source, "mitre-attack"), let id { found = try s.decode(id) }
        }
        return found
    }
}
