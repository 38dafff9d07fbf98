extension SigmaSampleCorpus {
    /// Log clearing (T1070.*), a keyword rule and a brute-force correlation (T1110.001).
    static let other: [(path: String, text: String)] = [
        ("sample/sigma/proc_creation_wevtutil_clear_log.yml", #"""
        title: Event Log Cleared With Wevtutil
        id: 6e6152c3-701a-462d-96ca-2478eaae82db
        status: test
        description: wevtutil clears an event log from the command line.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.defense-evasion
            - attack.t1070.001
        logsource:
            category: process_creation
            product: windows
        detection:
            selection:
                Image|endswith: '\wevtutil.exe'
                CommandLine|contains:
                    - ' cl '
                    - ' clear-log '
            condition: selection
        falsepositives:
            - Administrators resetting lab machines
        level: high
        """#),
        ("sample/sigma/security_audit_log_cleared.yml", #"""
        title: Security Audit Log Cleared
        id: 466d3111-00dd-4be6-88ed-c506e27d88bc
        status: stable
        description: The Security log reports that it was cleared.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.defense-evasion
            - attack.t1070.001
        logsource:
            product: windows
            service: security
        detection:
            selection:
                Provider_Name: 'Microsoft-Windows-Eventlog'
                EventID: 1102
            condition: selection
        falsepositives:
            - Planned log rotation by administrators
        level: high
        """#),
        ("sample/sigma/lnx_shell_history_cleared.yml", #"""
        title: Shell History Cleared
        id: 28d83aeb-6f30-4fd9-b754-68571e506ad4
        status: test
        description: Commands that wipe or disable the shell history appear in a Linux log.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.defense-evasion
            - attack.t1070.003
        logsource:
            product: linux
        detection:
            keywords:
                - 'history -c'
                - 'rm ~/.bash_history'
                - 'unset HISTFILE'
                - 'export HISTFILESIZE=0'
            condition: keywords
        falsepositives:
            - Users tidying their own history
        level: medium
        """#),
        ("sample/sigma/security_failed_logon.yml", #"""
        title: Failed Logon
        id: 5c76d2b5-a349-4225-90f0-4f6c33e35e13
        name: failed_logon
        status: test
        description: An account failed to log on, the building block of the brute-force correlation.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.credential-access
            - attack.t1110.001
        logsource:
            product: windows
            service: security
        detection:
            selection:
                EventID: 4625
            filter_main_machine_accounts:
                TargetUserName|endswith: '$'
            condition: selection and not filter_main_machine_accounts
        falsepositives:
            - Users mistyping their password
        level: informational
        """#),
        ("sample/sigma/correlation_brute_force_logon.yml", #"""
        title: Many Failed Logons For One Account
        id: e6645a7d-4fc7-48e6-ad9f-131294c6988c
        status: test
        description: Ten or more failed logons for the same account within five minutes.
        author: RuleAtlas
        date: 2026-12-04
        correlation:
            type: event_count
            rules:
                - failed_logon
            group-by:
                - TargetUserName
            timespan: 5m
            condition:
                gte: 10
        tags:
            - attack.credential-access
            - attack.t1110.001
        falsepositives:
            - Service accounts with a stale password
        level: high
        """#),
    ]
}
