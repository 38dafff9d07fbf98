import Foundation
import Testing
import RuleAtlasModel
@testable import RuleAtlasCatalog

/// Writes `text` to a temporary file and loads it as a bundle.
private func load(_ text: String) throws -> AttackCatalog {
    let path = NSTemporaryDirectory() + "ruleatlas-stix-\(UUID().uuidString).json"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try AttackCatalog.load(stixBundleAt: path)
}

private let bundle = #"""
{"type": "bundle", "id": "bundle--1", "objects": [
  {"type": "x-mitre-matrix", "id": "x-mitre-matrix--1", "tactic_refs": ["x-mitre-tactic--b", "x-mitre-tactic--a"]},
  {"type": "x-mitre-tactic", "id": "x-mitre-tactic--a", "name": "Persistence", "x_mitre_shortname": "persistence",
   "external_references": [{"source_name": "mitre-attack", "external_id": "TA0003"}]},
  {"type": "x-mitre-tactic", "id": "x-mitre-tactic--b", "name": "Execution", "x_mitre_shortname": "execution",
   "external_references": [{"external_id": "x", "source_name": "other"}, {"source_name": "mitre-attack", "external_id": "TA0002"}]},
  {"id": "attack-pattern--p", "type": "attack-pattern", "name": "New Thing",
   "description": "Caf\u00e9 \ud83d\ude00 \"quoted\" \\ path\nline",
   "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "persistence"},
                         {"kill_chain_name": "other", "phase_name": "ignored"},
                         {"phase_name": "execution", "kill_chain_name": "mitre-attack"}],
   "external_references": [{"source_name": "capec", "external_id": "CAPEC-1"}, {"source_name": "mitre-attack", "external_id": "T9999"}],
   "x_mitre_platforms": ["Windows"], "x_mitre_version": "1.0", "nested": {"deep": [[{"x": [1, 2.5e3, null, true]}]]}},
  {"type": "attack-pattern", "id": "attack-pattern--s", "name": "New Sub", "x_mitre_is_subtechnique": true,
   "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "persistence"}],
   "external_references": [{"source_name": "mitre-attack", "external_id": "T9999.001"}]},
  {"type": "attack-pattern", "id": "attack-pattern--r", "name": "Old Thing", "revoked": true,
   "external_references": [{"source_name": "mitre-attack", "external_id": "T9998"}]},
  {"type": "attack-pattern", "id": "attack-pattern--d", "name": "Gone", "x_mitre_deprecated": true,
   "external_references": [{"source_name": "mitre-attack", "external_id": "T9997"}]},
  {"type": "relationship", "id": "relationship--1", "relationship_type": "subtechnique-of",
   "source_ref": "attack-pattern--s", "target_ref": "attack-pattern--p"},
  {"type": "relationship", "id": "relationship--2", "relationship_type": "revoked-by",
   "source_ref": "attack-pattern--r", "target_ref": "attack-pattern--p"},
  {"type": "relationship", "id": "relationship--3", "relationship_type": "uses",
   "source_ref": "intrusion-set--x", "target_ref": "attack-pattern--p"}
]}
"""#

@Test func loaderReadsTechniquesTacticsAndRelationships() throws {
    let c = try load(bundle)
    let t = try #require(c.technique(TechniqueID("T9999")!))
    #expect(t.name == "New Thing")
    #expect(t.description == "Café 😀 \"quoted\" \\ path\nline")
    #expect(t.tactics == ["execution", "persistence"])
    #expect(t.subtechniques == [TechniqueID("T9999.001")!])
    #expect(t.related == [TechniqueID("T9998")!])
    #expect(c.technique(TechniqueID("T9999.001")!)?.parent == TechniqueID("T9999"))
    #expect(c.technique(TechniqueID("T9998")!)?.revokedBy == TechniqueID("T9999"))
    #expect(c.technique(TechniqueID("T9997")!)?.deprecated == true)
    #expect(c.tactics.map(\.shortname) == ["execution", "persistence", "stealth", "defense-impairment"])
    #expect(c.tactic("execution")?.id == "TA0002")
    #expect(c.related(TechniqueID("T1685")!).contains(TechniqueID("T1562.001")!))
}

@Test func loaderReportsWhereABundleBreaks() {
    let cases = [
        "{\"objects\": [\n{\"type\": \"attack-pattern\" \"name\": \"x\"}]}",
        "{\"objects\": {}}",
        "{\"objects\": [{\"type\": \"attack-pattern\", \"name\": \"unterminated}]}",
        "",
    ]
    for text in cases {
        do {
            _ = try load(text)
            Issue.record("expected an error for \(text.debugDescription)")
        } catch let error as AttackBundleError {
            #expect(error.line >= 1, "\(error)")
            #expect(error.description.contains(".json:"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
