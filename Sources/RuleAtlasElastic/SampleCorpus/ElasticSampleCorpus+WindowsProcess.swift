extension ElasticSampleCorpus {
    /// EQL rules over Elastic Defend / Sysmon process, registry and network events.
    static let windowsProcessRules: [(path: String, text: String)] = [
        ("sample/elastic/persistence_service_created_via_sc.toml", #"""
        [metadata]
        creation_date = "2026/01/12"
        integration = ["endpoint", "windows"]
        maturity = "production"
        updated_date = "2026/01/12"

        [rule]
        author = ["RuleAtlas"]
        description = "Service creation or reconfiguration through sc.exe pointing the service binary at a command interpreter or a user-writable folder."
        from = "now-9m"
        index = ["logs-endpoint.events.process-*", "logs-windows.sysmon_operational-*", "winlogbeat-*"]
        language = "eql"
        license = "Elastic License v2"
        name = "Service Binary Path Set via sc.exe"
        risk_score = 47
        rule_id = "7f3c2a10-5b7e-4c61-9a0e-2d8e1f4b6a01"
        severity = "medium"
        tags = ["Domain: Endpoint", "OS: Windows", "Tactic: Persistence", "Data Source: Elastic Defend"]
        type = "eql"
        query = '''
        process where host.os.type == "windows" and event.type == "start" and
          (process.name : "sc.exe" or ?process.pe.original_file_name == "sc.exe") and
          process.args : ("create", "config") and process.args : "binPath=*" and
          process.command_line : ("*cmd.exe*", "*powershell*", "*\\Users\\Public\\*", "*\\AppData\\*") and
          not process.parent.executable : "C:\\Program Files\\*"
        '''

        [[rule.threat]]
        framework = "MITRE ATT&CK"
        [[rule.threat.technique]]
        id = "T1543"
        name = "Create or Modify System Process"
        reference = "https://attack.mitre.org/techniques/T1543/"
        [[rule.threat.technique.subtechnique]]
        id = "T1543.003"
        name = "Windows Service"
        reference = "https://attack.mitre.org/techniques/T1543/003/"

        [rule.threat.tactic]
        id = "TA0003"
        name = "Persistence"
        reference = "https://attack.mitre.org/tactics/TA0003/"
        """#),
        ("sample/elastic/execution_encoded_powershell.toml", #"""
        [metadata]
        creation_date = "2026/01/12"
        integration = ["endpoint", "windows"]
        maturity = "production"
        updated_date = "2026/01/12"

        [rule]
        author = ["RuleAtlas"]
        description = "PowerShell started with an encoded command by an Office application or a script host."
        index = ["logs-endpoint.events.process-*", "logs-windows.sysmon_operational-*"]
        language = "eql"
        license = "Elastic License v2"
        name = "Encoded PowerShell from an Office or Script Host Parent"
        risk_score = 73
        rule_id = "0b9d6e44-3a1f-4f0e-8c55-6e2a7d9c1b02"
        severity = "high"
        type = "eql"
        query = '''
        process where host.os.type == "windows" and event.type == "start" and
          process.name in~ ("powershell.exe", "pwsh.exe") and
          process.args : ("-enc", "-e", "-EncodedCommand", "-ec") and
          process.parent.name in~ ("winword.exe", "excel.exe", "wscript.exe", "cscript.exe", "mshta.exe") and
          length(process.command_line) > 200
        '''

        [[rule.threat]]
        framework = "MITRE ATT&CK"
        [[rule.threat.technique]]
        id = "T1059"
        name = "Command and Scripting Interpreter"
        reference = "https://attack.mitre.org/techniques/T1059/"
        [[rule.threat.technique.subtechnique]]
        id = "T1059.001"
        name = "PowerShell"
        reference = "https://attack.mitre.org/techniques/T1059/001/"

        [rule.threat.tactic]
        id = "TA0002"
        name = "Execution"
        reference = "https://attack.mitre.org/tactics/TA0002/"
        """#),
        ("sample/elastic/persistence_run_key_user_writable_target.toml", #"""
        [metadata]
        creation_date = "2026/01/12"
        integration = ["endpoint"]
        maturity = "production"
        updated_date = "2026/01/12"

        [rule]
        author = ["RuleAtlas"]
        description = "A Run or RunOnce registry value set to a program in a user-writable folder."
        index = ["logs-endpoint.events.registry-*"]
        language = "eql"
        license = "Elastic License v2"
        name = "Run Key Pointing to a User-Writable Folder"
        risk_score = 47
        rule_id = "5e21b7c9-8d4a-4b3e-a0f2-9c6d1e8f7a03"
        severity = "medium"
        type = "eql"
        query = '''
        registry where host.os.type == "windows" and event.type == "change" and
          registry.path : (
            "HKEY_USERS\\*\\Software\\Microsoft\\Windows\\CurrentVersion\\Run\\*",
            "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce\\*"
          ) and
          registry.data.strings : ("*\\AppData\\Local\\Temp\\*", "*\\Users\\Public\\*", "C:\\ProgramData\\*") and
          not process.executable : ("C:\\Program Files\\*", "C:\\Program Files (x86)\\*")
        '''

        [[rule.threat]]
        framework = "MITRE ATT&CK"
        [[rule.threat.technique]]
        id = "T1547"
        name = "Boot or Logon Autostart Execution"
        reference = "https://attack.mitre.org/techniques/T1547/"
        [[rule.threat.technique.subtechnique]]
        id = "T1547.001"
        name = "Registry Run Keys / Startup Folder"
        reference = "https://attack.mitre.org/techniques/T1547/001/"

        [rule.threat.tactic]
        id = "TA0003"
        name = "Persistence"
        reference = "https://attack.mitre.org/tactics/TA0003/"
        """#),
        ("sample/elastic/command_and_control_script_host_dns_then_connect.toml", #"""
        [metadata]
        creation_date = "2026/01/12"
        integration = ["endpoint"]
        maturity = "production"
        updated_date = "2026/01/12"

        [rule]
        author = ["RuleAtlas"]
        description = "A script host resolves a domain and connects out within seconds of starting."
        index = ["logs-endpoint.events.process-*", "logs-endpoint.events.network-*"]
        language = "eql"
        license = "Elastic License v2"
        name = "Script Host Resolving and Connecting Out After Start"
        risk_score = 47
        rule_id = "c4a8f1e2-6b3d-4e9a-b7c5-1f0d2e3a4b04"
        severity = "medium"
        type = "eql"
        query = '''
        sequence by host.id, process.entity_id with maxspan=30s
          [process where host.os.type == "windows" and event.type == "start" and
             process.name : ("wscript.exe", "cscript.exe", "mshta.exe")]
          [network where host.os.type == "windows" and event.action == "lookup_requested" and
             not dns.question.name : ("*.microsoft.com", "*.windowsupdate.com")]
          [network where host.os.type == "windows" and event.type == "start" and
             not cidrmatch(destination.ip, "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8")]
        until [process where event.type == "end"]
        '''

        [[rule.threat]]
        framework = "MITRE ATT&CK"
        [[rule.threat.technique]]
        id = "T1071"
        name = "Application Layer Protocol"
        reference = "https://attack.mitre.org/techniques/T1071/"
        [[rule.threat.technique.subtechnique]]
        id = "T1071.004"
        name = "DNS"
        reference = "https://attack.mitre.org/techniques/T1071/004/"

        [rule.threat.tactic]
        id = "TA0011"
        name = "Command and Control"
        reference = "https://attack.mitre.org/tactics/TA0011/"
        """#),
    ]
}
