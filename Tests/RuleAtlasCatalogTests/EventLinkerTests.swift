import Testing
import RuleAtlasModel
@testable import RuleAtlasCatalog

private let linker = EventLinker.builtin

private func refs(_ list: [EventRef]) -> [String] { list.map { "\($0.provider)/\($0.eventId)/\($0.link.rawValue)" } }

private func sigma(_ category: String? = nil, service: String? = nil, ids: [Int] = [], providers: [String] = [], product: String? = "windows") -> [String] {
    refs(linker.sigma(product: product, category: category, service: service, eventIDs: ids, providers: providers))
}

private func other(_ vendor: String, _ selectors: [(String, String)], ids: [Int] = [], actions: [String] = []) -> [String] {
    refs(linker.link(vendor: vendor, selectors: selectors.map { (kind: $0.0, value: $0.1) }, eventIDs: ids, actions: actions))
}

@Test func processCreationHasTwoCandidates() {
    #expect(sigma("process_creation") == ["Security-Auditing/4688/candidate", "Sysmon/1/candidate"])
}

@Test func eventIdFilterNarrowsToExact() {
    #expect(sigma("process_creation", ids: [1]) == ["Sysmon/1/exact"])
    #expect(sigma("process_creation", ids: [4688]) == ["Security-Auditing/4688/exact"])
    #expect(sigma("registry_event", ids: [12, 14]) == ["Sysmon/12/exact", "Sysmon/14/exact"])
}

@Test func singleEventCategoriesAreExact() {
    #expect(sigma("registry_set").contains("Sysmon/13/exact"))
    #expect(sigma("registry_set").contains("Security-Auditing/4657/candidate"))
    #expect(sigma("file_event") == ["Sysmon/11/exact"])
    #expect(sigma("image_load") == ["Sysmon/7/exact"])
    #expect(sigma("ps_script") == ["PowerShell/4104/exact"])
    #expect(sigma("pipe_created") == ["Sysmon/17/candidate", "Sysmon/18/candidate"])
}

@Test func nonWindowsProductLinksNothing() {
    #expect(sigma("process_creation", product: "linux").isEmpty)
}

@Test func systemServiceWithProviderName() {
    #expect(sigma(service: "system", ids: [7045], providers: ["Service Control Manager"]) == ["Service-Control-Manager/7045/exact"])
    #expect(sigma(service: "system", ids: [7045]) == ["Service-Control-Manager/7045/exact"])
    #expect(sigma(service: "system", ids: [104]) == ["Eventlog/104/exact"])
    #expect(sigma(service: "system", providers: ["Microsoft-Windows-Kernel-General"]).count == 4)
    #expect(sigma(service: "system").isEmpty)
    #expect(sigma(service: "security").isEmpty)
    #expect(sigma(service: "powershell-classic").allSatisfy { $0.hasPrefix("PowerShell-Classic/") && $0.hasSuffix("/candidate") })
    #expect(sigma(service: "powershell-classic").count == 4)
}

@Test func securityServiceChannelIncludesEventlog() {
    #expect(sigma(service: "security", ids: [4624, 1102]) == ["Eventlog/1102/exact", "Security-Auditing/4624/exact"])
    #expect(sigma(service: "security", ids: [4609]) == ["Security-Auditing/4609/exact"])
}

@Test func splunkDataSourcesAndModels() {
    #expect(other("splunk", [("data_source", "Sysmon EventID 1 AND Sysmon EventID 11")]) == ["Sysmon/1/exact", "Sysmon/11/exact"])
    #expect(other("splunk", [("data_source", "Windows Event Log System 7045")]) == ["Service-Control-Manager/7045/exact"])
    #expect(other("splunk", [("data_source", "CrowdStrike ProcessRollup2")]) == ["Security-Auditing/4688/equivalent", "Sysmon/1/equivalent"])
    #expect(other("splunk", [("datamodel", "Endpoint.Processes")]) == ["Security-Auditing/4688/equivalent", "Sysmon/1/equivalent"])
    #expect(other("splunk", [("macro", "`wineventlog_security`")], ids: [4698]) == ["Security-Auditing/4698/exact"])
}

@Test func elasticIndexCategoryAndActions() {
    #expect(other("elastic", [("index", "logs-windows.sysmon_operational-*")], ids: [13]) == ["Sysmon/13/exact"])
    #expect(other("elastic", [("eql_category", "process"), ("event.type", "start")]) == ["Security-Auditing/4688/candidate", "Sysmon/1/candidate"])
    #expect(other("elastic", [("eql_category", "library")]) == ["Sysmon/7/candidate"])
    #expect(other("elastic", [("eql_category", "file"), ("event.type", "deletion")]) == ["Sysmon/23/candidate"])
    #expect(other("elastic", [("index", "logs-endpoint.events.process-*"), ("event.type", "start")]) == ["Security-Auditing/4688/equivalent", "Sysmon/1/equivalent"])
    #expect(other("elastic", [], actions: ["created-process"]) == ["Security-Auditing/4688/exact"])
    #expect(other("elastic", [("index", "winlogbeat-*"), ("index", "logs-system.security*")], ids: [4697]) == ["Security-Auditing/4697/exact"])
    #expect(other("elastic", [("index", "logs-system.system*")], ids: [7045]) == ["Service-Control-Manager/7045/exact"])
    #expect(other("elastic", [], ids: [4688]) == ["Security-Auditing/4688/exact"])
    let indices = [("index", "winlogbeat-*"), ("index", "logs-windows.sysmon_operational-*"), ("index", "logs-system.security*")]
    #expect(other("elastic", indices, ids: [4688]) == ["Security-Auditing/4688/exact"])
    #expect(other("elastic", [("index", "logs-system.security*")], ids: [4609]) == ["Security-Auditing/4609/exact"])
    #expect(other("elastic", indices, ids: [4609]).isEmpty)
    #expect(other("elastic", [("index", "logs-system.security*"), ("eql_category", "process"), ("event.code", "4688")]) == ["Security-Auditing/4688/exact"])
    #expect(other("elastic", [("index", "winlogbeat-*")], ids: [1]).contains("Sysmon/1/candidate"))
}

@Test func kustoTablesAndActionTypes() {
    #expect(other("kql", [("table", "DeviceProcessEvents")]) == ["Security-Auditing/4688/equivalent", "Sysmon/1/equivalent"])
    #expect(other("defender", [("table", "DeviceRegistryEvents")], actions: ["RegistryValueSet"]) == ["Sysmon/13/equivalent"])
    #expect(other("defender", [("table", "DeviceEvents")], actions: ["ServiceInstalled"]) == ["Security-Auditing/4697/equivalent", "Service-Control-Manager/7045/equivalent"])
    #expect(other("defender", [("table", "DeviceEvents")]).isEmpty)
    #expect(other("sentinel", [("table", "SecurityEvent")], ids: [4624]) == ["Security-Auditing/4624/exact"])
    #expect(other("sentinel", [("table", "Event"), ("Source", "Service Control Manager")], ids: [7045]) == ["Service-Control-Manager/7045/exact"])
    #expect(other("sentinel", [("table", "Event")], ids: [7045]) == ["Service-Control-Manager/7045/exact"])
    #expect(other("sentinel", [("table", "WindowsEvent"), ("Provider", "Microsoft-Windows-Sysmon")], ids: [1]) == ["Sysmon/1/exact"])
    #expect(other("sentinel", [("table", "imProcessCreate")]) == ["Security-Auditing/4688/equivalent", "Sysmon/1/equivalent"])
}

@Test func catalogLookups() throws {
    let c = EventCatalog.builtin
    let sysmon1 = try #require(c.event(provider: "sysmon", eventId: 1))
    #expect(sysmon1.title == "Process creation")
    #expect(sysmon1.fields.contains("CommandLine"))
    #expect(sysmon1.channel == "Microsoft-Windows-Sysmon/Operational")
    #expect(c.event(providerFull: "Service Control Manager", eventId: 7045)?.provider == "Service-Control-Manager")
    #expect(c.event(providerFull: "microsoft-windows-security-auditing", eventId: 4688)?.title == "A new process has been created.")
    #expect(c.events.count == 410)
    #expect(c.event(provider: "Sysmon", eventId: 99) == nil)
}
