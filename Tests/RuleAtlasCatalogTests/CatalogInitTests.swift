import Testing
import RuleAtlasModel
@testable import RuleAtlasCatalog

/// Start-up cost of the built-in tables, parsed fresh (the shared `builtin`s parse once, lazily).
@Test func builtinTablesAreCheapToBuild() {
    let clock = ContinuousClock()
    let attack = clock.measure { _ = AttackCatalog.parseBuiltin() }
    var events: EventCatalog?
    let eventTime = clock.measure { events = EventCatalog(events: EventCatalog.parseBuiltin()) }
    var links: LinkTable?
    let linkTime = clock.measure { links = LinkTable(rows: LinkTable.parseBuiltin()) }
    var fields: FieldIndex?
    let fieldTime = clock.measure { fields = FieldIndex(rows: FieldIndex.parseBuiltin(), links: LinkTable.builtin) }
    print("catalog init: attack \(attack), events \(eventTime), links \(linkTime), fields \(fieldTime)")
    #expect(events?.events.count == 410)
    #expect((links?.rows.count ?? 0) > 400)
    #expect((fields?.rows.count ?? 0) == 437)
    #expect(attack + eventTime + linkTime + fieldTime < .milliseconds(500))
}
