import Testing
import RuleAtlasModel
@testable import RuleAtlasCatalog

private let table = FieldTable.builtin
private let processCreation = FieldScope(events: [
    EventRef(provider: "Sysmon", eventId: 1, link: .candidate),
    EventRef(provider: "Security-Auditing", eventId: 4688, link: .candidate),
])
private let logon = FieldScope(events: [EventRef(provider: "Security-Auditing", eventId: 4624, link: .exact)])

private func map(_ vendor: String, _ field: String, _ op: Op, _ value: String, _ scope: FieldScope = FieldScope()) -> String {
    let d = table.map(vendor: vendor, PredicateDraft(field: field, op: op, value: value), scope: scope)
    return "\(d.field) \(d.op.rawValue) \(d.value) [\(d.rawField)]"
}

@Test func processNameBecomesImageEndsWith() {
    #expect(map("elastic", "process.name", .eq, "sc.exe", processCreation) == #"Image ends_with \sc.exe [process.name]"#)
    #expect(map("elastic", "process.name", .match, "sc", processCreation) == "Image match sc [process.name]")
    #expect(map("elastic", "process.name", .startsWith, "sc", processCreation) == #"Image match \sc [process.name]"#)
    #expect(map("elastic", "process.parent.name", .eq, "cmd.exe", FieldScope(categories: ["process"])) == #"ParentImage ends_with \cmd.exe [process.parent.name]"#)
}

@Test func eventCodeBecomesEventID() {
    #expect(map("elastic", "event.code", .eq, "4688") == "EventID eq 4688 [event.code]")
    #expect(map("elastic", "winlog.event_id", .eq, "7045", logon) == "EventID eq 7045 [winlog.event_id]")
    #expect(map("splunk", "EventCode", .eq, "4104") == "EventID eq 4104 [EventCode]")
}

@Test func logonTypeNamesBecomeNumbers() {
    #expect(map("elastic", "winlog.logon.type", .eq, "Network", logon) == "LogonType eq 3 [winlog.logon.type]")
    #expect(map("elastic", "winlog.event_data.LogonType", .eq, "Network", logon) == "LogonType eq 3 [winlog.event_data.LogonType]")
    #expect(map("defender", "LogonType", .eq, "RemoteInteractive", FieldScope(categories: ["DeviceLogonEvents"])) == "LogonType eq 10 [LogonType]")
    #expect(map("sentinel", "LogonTypeName", .eq, "3 - Network", logon) == "LogonType eq 3 [LogonTypeName]")
}

@Test func scopeChoosesTheRow() {
    let file = FieldScope(events: [EventRef(provider: "Sysmon", eventId: 11, link: .exact)])
    let library = FieldScope(events: [EventRef(provider: "Sysmon", eventId: 7, link: .candidate)])
    #expect(map("elastic", "file.path", .eq, #"C:\x.dll"#, file) == #"TargetFilename eq C:\x.dll [file.path]"#)
    #expect(map("elastic", "file.path", .eq, #"C:\x.dll"#, library) == #"ImageLoaded eq C:\x.dll [file.path]"#)
    #expect(map("defender", "FolderPath", .match, "temp", FieldScope(categories: ["DeviceProcessEvents"])) == "Image match temp [FolderPath]")
    #expect(map("defender", "FolderPath", .match, "temp", FieldScope(categories: ["DeviceFileEvents"])) == "TargetFilename match temp [FolderPath]")
    #expect(map("kql", "InitiatingProcessFileName", .eq, "w3wp.exe", FieldScope(categories: ["DeviceProcessEvents"])) == #"ParentImage ends_with \w3wp.exe [InitiatingProcessFileName]"#)
    #expect(map("elastic", "user.name", .eq, "admin", logon) == "TargetUserName eq admin [user.name]")
    #expect(map("elastic", "user.name", .eq, "admin", processCreation) == #"User ends_with \admin [user.name]"#)
    #expect(map("elastic", "source.ip", .eq, "10.0.0.1", logon) == "IpAddress eq 10.0.0.1 [source.ip]")
}

@Test func ambiguousAndUnmappedFieldsKeepTheirNames() {
    #expect(map("elastic", "source.ip", .eq, "10.0.0.1") == "source.ip eq 10.0.0.1 [source.ip]")
    #expect(map("elastic", "file.path", .eq, "x") == "file.path eq x [file.path]")
    #expect(map("elastic", "process.Ext.relative_file_name_modify_time", .gt, "5", processCreation) == "process.Ext.relative_file_name_modify_time gt 5 [process.Ext.relative_file_name_modify_time]")
    #expect(map("elastic", "event.outcome", .eq, "success", logon) == "event.outcome eq success [event.outcome]")
}

@Test func patternRows() {
    #expect(map("elastic", "winlog.event_data.ServiceFileName", .match, "cmd", logon) == "ServiceFileName match cmd [winlog.event_data.ServiceFileName]")
    #expect(map("splunk", "New_Value", .match, "x") == "NewValue match x [New_Value]")
    #expect(map("splunk", "process_name", .eq, "sc.exe") == #"Image ends_with \sc.exe [process_name]"#)
    #expect(map("splunk", "Processes.process_name", .eq, "sc.exe", FieldScope(categories: ["Endpoint.Processes"])) == #"Image ends_with \sc.exe [Processes.process_name]"#)
}

@Test func valueTransforms() {
    let registry = FieldScope(events: [EventRef(provider: "Sysmon", eventId: 13, link: .exact)])
    #expect(map("elastic", "process.hash.sha256", .eq, "abc", processCreation) == "Hashes match SHA256=abc [process.hash.sha256]")
    #expect(map("elastic", "registry.path", .startsWith, #"HKEY_LOCAL_MACHINE\SYSTEM\ControlSet001\Services"#, registry) == #"TargetObject starts_with HKLM\SYSTEM\CurrentControlSet\Services [registry.path]"#)
    #expect(map("defender", "RegistryKey", .eq, #"HKEY_CURRENT_USER\Software\Run"#, registry) == #"TargetObject starts_with HKCU\Software\Run\ [RegistryKey]"#)
    #expect(map("elastic", "registry.key", .eq, #"Software\Run"#, registry) == #"TargetObject match \Software\Run [registry.key]"#)
    #expect(map("elastic", "registry.value", .eq, "Debugger", registry) == #"TargetObject ends_with \Debugger [registry.value]"#)
    #expect(map("elastic", "file.extension", .eq, "exe", FieldScope(categories: ["file"])) == "TargetFilename ends_with .exe [file.extension]")
    #expect(map("elastic", "process.args", .eq, "-enc", processCreation) == "CommandLine match -enc [process.args]")
    #expect(map("elastic", "network.direction", .eq, "egress", FieldScope(categories: ["network"])) == "Initiated eq true [network.direction]")
    #expect(map("sentinel", "MandatoryLabel", .eq, "S-1-16-12288", processCreation) == "IntegrityLevel eq High [MandatoryLabel]")
    #expect(map("sentinel", "Activity", .eq, "4624 - An account was successfully logged on.", logon) == "EventID eq 4624 [Activity]")
    #expect(map("defender", "AccountDomain", .eq, "CONTOSO", FieldScope(categories: ["DeviceProcessEvents"])) == #"User starts_with CONTOSO\ [AccountDomain]"#)
    #expect(map("elastic", "destination.address", .eq, "evil.example", FieldScope(categories: ["network"])) == "DestinationHostname eq evil.example [destination.address]")
    #expect(map("defender", "ActionType", .eq, "RegistryValueSet", registry) == "EventType eq SetValue [ActionType]")
}

@Test func nonWindowsPlatformsUseSlashesAndBareUsers() {
    let linux = FieldScope(categories: ["linux", "process"])
    #expect(map("elastic", "process.name", .eq, "chmod", linux) == "Image ends_with /chmod [process.name]")
    #expect(map("elastic", "user.name", .eq, "root", linux) == "User eq root [user.name]")
    #expect(map("elastic", "process.parent.name", .eq, "sshd", FieldScope(categories: ["macos"])) == "ParentImage ends_with /sshd [process.parent.name]")
    #expect(map("elastic", "file.directory", .eq, "/tmp", FieldScope(categories: ["linux", "file"])) == "TargetFilename starts_with /tmp/ [file.directory]")
}

@Test func batchMappingMatchesSingleMapping() {
    let drafts = [PredicateDraft(field: "process.name", op: .eq, value: "sc.exe"), PredicateDraft(field: "user.name", op: .eq, value: "x"),
                  PredicateDraft(field: "source.ip", op: .eq, value: "1.2.3.4"), PredicateDraft(field: "winlog.event_data.Foo", op: .match, value: "y")]
    for scope in [processCreation, logon, FieldScope()] {
        #expect(table.map(vendor: "elastic", drafts, scope: scope) == drafts.map { table.map(vendor: "elastic", $0, scope: scope) })
    }
}

@Test func logsourceSelectors() {
    for f in ["host.os.type", "event.category", "event.type", "event.kind", "event.module", "event.dataset", "data_stream.dataset", "_index"] {
        #expect(table.isLogsourceSelector(vendor: "elastic", field: f), "\(f)")
    }
    for f in ["index", "source", "sourcetype", "eventtype", "Channel"] {
        #expect(table.isLogsourceSelector(vendor: "splunk", field: f), "\(f)")
    }
    #expect(!table.isLogsourceSelector(vendor: "elastic", field: "event.code"))
    #expect(!table.isLogsourceSelector(vendor: "elastic", field: "event.action"))
    #expect(!table.isLogsourceSelector(vendor: "splunk", field: "EventCode"))
    #expect(!table.isLogsourceSelector(vendor: "sigma", field: "Image"))
}
