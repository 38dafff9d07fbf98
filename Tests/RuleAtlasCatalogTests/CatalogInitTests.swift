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

/// Linking and mapping cost per call, the way the index calls them once per rule.
@Test func linkingIsCheapPerRule() {
    let linker = EventLinker.builtin
    let table = FieldTable.builtin
    let scope = FieldScope(events: linker.sigma(product: "windows", category: "process_creation", service: nil, eventIDs: [], providers: []))
    let clock = ContinuousClock()
    let rounds = 1000
    let elapsed = clock.measure {
        for i in 0..<rounds {
            _ = linker.sigma(product: "windows", category: nil, service: i % 2 == 0 ? "security" : "system",
                             eventIDs: [4624 + i % 3, 7045], providers: i % 2 == 0 ? [] : ["Service Control Manager"])
            _ = linker.sigma(product: "windows", category: "process_creation", service: nil, eventIDs: [], providers: [])
            _ = linker.link(vendor: "elastic", selectors: [("index", "winlogbeat-*"), ("index", "logs-endpoint.events.process-*"),
                                                           ("eql_category", "process"), ("event.type", "start")], eventIDs: [], actions: [])
            _ = table.map(vendor: "elastic", PredicateDraft(field: "process.name", op: .eq, value: "sc.exe"), scope: scope)
        }
    }
    print("linking: \(elapsed / rounds) per rule (2 Sigma links, 1 Elastic link, 1 field map)")
    #expect(elapsed / rounds < .milliseconds(5))
}
