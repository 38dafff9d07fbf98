extension ElasticSampleCorpus {
    /// ES|QL, new_terms, Lucene and machine-learning rules.
    static let cloudAndLinuxRules: [(path: String, text: String)] = [
        ("sample/elastic/impact_shadow_copy_deletion_burst_esql.toml", #"""
        [metadata]
        creation_date = "2026/01/12"
        integration = ["endpoint", "windows"]
        maturity = "production"
        updated_date = "2026/01/12"

        [rule]
        author = ["RuleAtlas"]
        description = "Shadow copies deleted through vssadmin or wmic, several times on one host."
        language = "esql"
        license = "Elastic License v2"
        name = "Repeated Shadow Copy Deletion"
        risk_score = 73
        rule_id = "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a08"
        severity = "high"
        type = "esql"
        query = '''
        FROM logs-endpoint.events.process-*, logs-windows.sysmon_operational-* METADATA _id, _version, _index
        | WHERE host.os.type == "windows" AND event.type == "start"
            AND process.name IN ("vssadmin.exe", "wmic.exe")
            AND process.command_line LIKE "*shadow*" AND process.command_line RLIKE ".*(delete|resize).*"
            AND NOT user.name IN ("backup_svc")
        // one alert per host
        | STATS Esql.event_count = COUNT(*), Esql.user_name_values = VALUES(user.name) BY host.id
        | WHERE Esql.event_count >= 2
        | KEEP host.id, Esql.*
        '''

        [[rule.threat]]
        framework = "MITRE ATT&CK"
        [[rule.threat.technique]]
        id = "T1490"
        name = "Inhibit System Recovery"
        reference = "https://attack.mitre.org/techniques/T1490/"

        [rule.threat.tactic]
        id = "TA0040"
        name = "Impact"
        reference = "https://attack.mitre.org/tactics/TA0040/"
        """#),
        ("sample/elastic/discovery_whoami_burst_esql.toml", #"""
        [metadata]
        creation_date = "2026/01/12"
        integration = ["endpoint"]
        maturity = "production"
        updated_date = "2026/01/12"

        [rule]
        author = ["RuleAtlas"]
        description = "Account discovery commands run in a burst by one user."
        language = "esql"
        license = "Elastic License v2"
        name = "Burst of Account Discovery Commands"
        risk_score = 21
        rule_id = "f2a3b4c5-d6e7-4f8a-9b0c-1d2e3f4a5b09"
        severity = "low"
        type = "esql"
        query = '''
        from logs-endpoint.events.process-*
        | eval Esql.process_name_lower = to_lower(process.name)
        | where event.type == "start" and Esql.process_name_lower in ("whoami.exe", "net.exe", "quser.exe")
            and process.parent.name is not null
        | stats Esql.distinct_commands = count_distinct(Esql.process_name_lower) by user.name, host.id
        | where Esql.distinct_commands >= 3
        '''

        [[rule.threat]]
        framework = "MITRE ATT&CK"
        [[rule.threat.technique]]
        id = "T1033"
        name = "System Owner/User Discovery"
        reference = "https://attack.mitre.org/techniques/T1033/"

        [rule.threat.tactic]
        id = "TA0007"
        name = "Discovery"
        reference = "https://attack.mitre.org/tactics/TA0007/"
        """#),
        ("sample/elastic/initial_access_console_login_new_country.toml", #"""
        [metadata]
        creation_date = "2026/01/12"
        integration = ["aws"]
        maturity = "production"
        updated_date = "2026/01/12"

        [rule]
        author = ["RuleAtlas"]
        description = "A successful AWS console login from a country not seen for this user in the last two weeks."
        index = ["logs-aws.cloudtrail-*"]
        language = "kuery"
        license = "Elastic License v2"
        name = "AWS Console Login from a New Country"
        risk_score = 47
        rule_id = "a3b4c5d6-e7f8-4a9b-8c0d-2e3f4a5b6c10"
        severity = "medium"
        type = "new_terms"
        query = '''
        data_stream.dataset:aws.cloudtrail and event.provider:signin.amazonaws.com and
          event.action:ConsoleLogin and event.outcome:success and source.geo.country_iso_code:*
        '''

        [rule.new_terms]
        field = "new_terms_fields"
        value = ["aws.cloudtrail.user_identity.arn", "source.geo.country_iso_code"]
        [[rule.new_terms.history_window_start]]
        field = "history_window_start"
        value = "now-14d"

        [[rule.threat]]
        framework = "MITRE ATT&CK"
        [[rule.threat.technique]]
        id = "T1078"
        name = "Valid Accounts"
        reference = "https://attack.mitre.org/techniques/T1078/"
        [[rule.threat.technique.subtechnique]]
        id = "T1078.004"
        name = "Cloud Accounts"
        reference = "https://attack.mitre.org/techniques/T1078/004/"

        [rule.threat.tactic]
        id = "TA0001"
        name = "Initial Access"
        reference = "https://attack.mitre.org/tactics/TA0001/"
        """#),
        ("sample/elastic/privilege_escalation_setuid_via_chmod_lucene.toml", #"""
        [metadata]
        creation_date = "2026/01/12"
        integration = ["auditd_manager"]
        maturity = "production"
        updated_date = "2026/01/12"

        [rule]
        author = ["RuleAtlas"]
        description = "The setuid bit set on a file with chmod by someone other than root."
        index = ["auditbeat-*", "logs-auditd_manager.auditd-*"]
        language = "lucene"
        license = "Elastic License v2"
        name = "Setuid Bit Set via chmod"
        risk_score = 21
        rule_id = "b4c5d6e7-f8a9-4b0c-9d1e-3f4a5b6c7d11"
        severity = "low"
        tags = ["Domain: Endpoint", "OS: Linux", "Tactic: Privilege Escalation", "Data Source: Auditd Manager"]
        type = "query"
        query = '''
        event.category:process AND process.name:chmod AND process.args:("u+s" OR /4[0-7]{3}/) AND NOT user.name:root
        '''

        [[rule.threat]]
        framework = "MITRE ATT&CK"
        [[rule.threat.technique]]
        id = "T1548"
        name = "Abuse Elevation Control Mechanism"
        reference = "https://attack.mitre.org/techniques/T1548/"
        [[rule.threat.technique.subtechnique]]
        id = "T1548.001"
        name = "Setuid and Setgid"
        reference = "https://attack.mitre.org/techniques/T1548/001/"

        [rule.threat.tactic]
        id = "TA0004"
        name = "Privilege Escalation"
        reference = "https://attack.mitre.org/tactics/TA0004/"
        """#),
        ("sample/elastic/ml_rare_parent_child_process.toml", #"""
        [metadata]
        creation_date = "2026/01/12"
        integration = ["endpoint"]
        maturity = "production"
        updated_date = "2026/01/12"

        [rule]
        anomaly_threshold = 75
        author = ["RuleAtlas"]
        description = "A machine-learning job flags a parent and child process pair rarely seen on this host."
        license = "Elastic License v2"
        machine_learning_job_id = ["v3_rare_process_by_host_windows"]
        name = "Rare Parent-Child Process Pair"
        risk_score = 21
        rule_id = "c5d6e7f8-a9b0-4c1d-8e2f-4a5b6c7d8e12"
        severity = "low"
        type = "machine_learning"

        [[rule.threat]]
        framework = "MITRE ATT&CK"
        [[rule.threat.technique]]
        id = "T1036"
        name = "Masquerading"
        reference = "https://attack.mitre.org/techniques/T1036/"

        [rule.threat.tactic]
        id = "TA0005"
        name = "Defense Evasion"
        reference = "https://attack.mitre.org/tactics/TA0005/"
        """#),
    ]
}
