extension SigmaSampleCorpus {
    /// T1547.001 Run keys and startup folder, T1053.005 scheduled tasks.
    static let persistence: [(path: String, text: String)] = [
        ("sample/sigma/registry_set_run_key_suspicious_path.yml", #"""
        title: Run Key Points To A Suspicious Folder
        id: 18e24cff-1491-42a1-a375-7363bb8eaec9
        status: test
        description: A Run or RunOnce value is written that starts a program from a temporary or public folder.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.persistence
            - attack.t1547.001
        logsource:
            category: registry_set
            product: windows
        detection:
            selection_key:
                TargetObject|contains:
                    - '\Software\Microsoft\Windows\CurrentVersion\Run\'
                    - '\Software\Microsoft\Windows\CurrentVersion\RunOnce\'
            selection_path:
                Details|contains:
                    - '\AppData\Local\Temp\'
                    - '\Users\Public\'
                    - '\Windows\Temp\'
                    - '%temp%'
            filter_optional_onedrive:
                Image|endswith: '\OneDriveSetup.exe'
            condition: all of selection_* and not 1 of filter_optional_*
        falsepositives:
            - Installers that resume after a reboot from a temporary folder
        level: high
        """#),
        ("sample/sigma/proc_creation_reg_add_run_key.yml", #"""
        title: Run Key Added With Reg.exe
        id: 02b0803f-426e-4bfc-83d0-0188d8cd7b96
        status: test
        description: reg.exe adds a value under a Run key from the command line.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.persistence
            - attack.t1547.001
        logsource:
            category: process_creation
            product: windows
        detection:
            selection:
                Image|endswith: '\reg.exe'
                CommandLine|contains|all:
                    - ' add '
                    - '\CurrentVersion\Run'
            condition: selection
        falsepositives:
            - Administrative scripts
        level: medium
        """#),
        ("sample/sigma/file_event_startup_folder_script.yml", #"""
        title: Script Or Shortcut Dropped In A Startup Folder
        id: dc1d5d11-06f9-49f4-881f-2f0ac582d851
        status: test
        description: A script or shortcut is written to a Startup folder, so it runs at the next logon.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.persistence
            - attack.t1547.001
        logsource:
            category: file_event
            product: windows
        detection:
            selection:
                TargetFilename|contains: '\Start Menu\Programs\Startup\'
                TargetFilename|endswith:
                    - '.vbs'
                    - '.js'
                    - '.bat'
                    - '.cmd'
                    - '.ps1'
                    - '.lnk'
            filter_main_explorer:
                Image: 'C:\Windows\explorer.exe'
                TargetFilename|endswith: '.lnk'
            condition: selection and not 1 of filter_main_*
        falsepositives:
            - Users pinning shortcuts by hand
        level: medium
        """#),
        ("sample/sigma/proc_creation_schtasks_create_suspicious.yml", #"""
        title: Scheduled Task Created With A Suspicious Action
        id: 4d39610f-8809-4181-91cf-96d9d889eeba
        status: test
        description: schtasks.exe creates a task whose action runs a script host or a binary from a user folder.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.execution
            - attack.persistence
            - attack.t1053.005
        logsource:
            category: process_creation
            product: windows
        detection:
            selection_img:
                Image|endswith: '\schtasks.exe'
                CommandLine|windash|contains: ' /create '
            selection_action:
                CommandLine|contains:
                    - 'powershell'
                    - 'mshta'
                    - 'wscript'
                    - '\AppData\'
                    - '\Users\Public\'
            filter_optional_gpupdate:
                ParentImage|endswith: '\gpupdate.exe'
            condition: all of selection_* and not 1 of filter_optional_*
        falsepositives:
            - Software that schedules its own PowerShell maintenance
        level: high
        """#),
        ("sample/sigma/proc_creation_schtasks_system_onlogon.yml", #"""
        title: Scheduled Task Running As SYSTEM At Logon
        id: 88bb95dd-c657-4c58-99dd-d440359adfab
        status: experimental
        description: A task is created to run as SYSTEM whenever a user logs on.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.persistence
            - attack.privilege-escalation
            - attack.t1053.005
        logsource:
            category: process_creation
            product: windows
        detection:
            selection:
                Image|endswith: '\schtasks.exe'
                CommandLine|contains|all:
                    - '/create'
                    - '/ru system'
                    - '/sc onlogon'
            condition: selection
        falsepositives:
            - Endpoint agents
        level: medium
        """#),
        ("sample/sigma/security_scheduled_task_powershell.yml", #"""
        title: Scheduled Task With A PowerShell Action Registered
        id: 049ef87f-7058-4373-bb85-b2fcceb4eb07
        status: test
        description: Security event 4698 records a new task whose XML starts PowerShell with an encoded or hidden command.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.persistence
            - attack.t1053.005
        logsource:
            product: windows
            service: security
            definition: 'Requirements: Audit Other Object Access Events'
        detection:
            selection:
                EventID: 4698
                TaskContent|contains: 'powershell'
            selection_flags:
                TaskContent|contains:
                    - '-enc'
                    - 'hidden'
                    - 'FromBase64String'
            condition: selection and selection_flags
        falsepositives:
            - Unknown
        level: high
        """#),
    ]
}
