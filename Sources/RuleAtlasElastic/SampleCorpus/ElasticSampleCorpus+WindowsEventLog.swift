extension ElasticSampleCorpus {
    /// kuery rules over Windows event logs (Security, System), including a threshold rule.
    static let windowsEventLogRules: [(path: String, text: String)] = [
        ("sample/elastic/persistence_service_installed_from_temp.toml", #"""
        [metadata]
        creation_date = "2026/01/12"
        integration = ["system", "windows"]
        maturity = "production"
        updated_date = "2026/01/12"

        [rule]
        author = ["RuleAtlas"]
        description = "A service was installed whose image path lies in a temporary or public folder."
        index = ["logs-system.system*", "winlogbeat-*"]
        language = "kuery"
        license = "Elastic License v2"
        name = "Service Installed from a Temporary Folder"
        risk_score = 73
        rule_id = "9a7b3c5d-1e2f-4a6b-8c9d-0e1f2a3b4c05"
        severity = "high"
        type = "query"
        query = '''
        host.os.type:windows and event.code:"7045" and event.provider:"Service Control Manager" and
          winlog.event_data.ImagePath:(*\\Temp\\* or *\\Users\\Public\\* or *\\AppData\\Local\\*) and
          not winlog.event_data.ServiceName:("MpKslDrv" or "Sysmon64")
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
        ("sample/elastic/credential_access_lsass_handle_request.toml", #"""
        [metadata]
        creation_date = "2026/01/12"
        integration = ["system", "windows"]
        maturity = "production"
        updated_date = "2026/01/12"

        [rule]
        author = ["RuleAtlas"]
        description = "A handle to LSASS was requested with rights that allow reading its memory."
        index = ["logs-system.security*", "winlogbeat-*"]
        language = "kuery"
        license = "Elastic License v2"
        name = "LSASS Handle Requested with Memory Read Rights"
        risk_score = 73
        rule_id = "3d5f7a9b-2c4e-4f6a-9b8c-7d6e5f4a3b06"
        severity = "high"
        type = "query"
        query = '''
        event.category:iam and host.os.type:windows and event.code:4656 and
          winlog.event_data.ObjectName:*\\lsass.exe and
          winlog.event_data.AccessMask:("0x1010" or "0x1410" or "0x1fffff") and
          not winlog.event_data.ProcessName:("C:\\Windows\\System32\\svchost.exe" or C\:\\Program?Files\\*)
        '''

        [[rule.filters]]
        [rule.filters.meta]
        negate = true
        [rule.filters.query.wildcard."winlog.event_data.ProcessName"]
        case_insensitive = true
        value = "?:\\\\ProgramData\\\\Microsoft\\\\Windows Defender\\\\*"

        [[rule.threat]]
        framework = "MITRE ATT&CK"
        [[rule.threat.technique]]
        id = "T1003"
        name = "OS Credential Dumping"
        reference = "https://attack.mitre.org/techniques/T1003/"
        [[rule.threat.technique.subtechnique]]
        id = "T1003.001"
        name = "LSASS Memory"
        reference = "https://attack.mitre.org/techniques/T1003/001/"

        [rule.threat.tactic]
        id = "TA0006"
        name = "Credential Access"
        reference = "https://attack.mitre.org/tactics/TA0006/"
        """#),
        ("sample/elastic/credential_access_failed_logons_threshold.toml", #"""
        [metadata]
        creation_date = "2026/01/12"
        integration = ["system", "windows"]
        maturity = "production"
        updated_date = "2026/01/12"

        [rule]
        author = ["RuleAtlas"]
        description = "Many failed network logons against one host from the same source."
        index = ["logs-system.security*"]
        language = "kuery"
        license = "Elastic License v2"
        name = "Burst of Failed Network Logons from One Source"
        risk_score = 47
        rule_id = "b8c9d0e1-f2a3-4b4c-8d5e-6f7a8b9c0d07"
        severity = "medium"
        type = "threshold"
        query = '''
        event.category:authentication and event.code:4625 and winlog.logon.type:Network and
          source.ip:* and not source.ip:("127.0.0.1" or "::1")
        '''

        [rule.threshold]
        field = ["host.id", "source.ip"]
        value = 25

        [[rule.threat]]
        framework = "MITRE ATT&CK"
        [[rule.threat.technique]]
        id = "T1110"
        name = "Brute Force"
        reference = "https://attack.mitre.org/techniques/T1110/"
        [[rule.threat.technique.subtechnique]]
        id = "T1110.001"
        name = "Password Guessing"
        reference = "https://attack.mitre.org/techniques/T1110/001/"

        [rule.threat.tactic]
        id = "TA0006"
        name = "Credential Access"
        reference = "https://attack.mitre.org/tactics/TA0006/"
        """#),
    ]
}
