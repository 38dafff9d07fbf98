extension SigmaSampleCorpus {
    /// T1059.001 PowerShell.
    static let execution: [(path: String, text: String)] = [
        ("sample/sigma/proc_creation_powershell_encoded_command.yml", #"""
        title: PowerShell With An Encoded Command
        id: daeae876-ca38-41aa-8d44-65e997bf345e
        status: test
        description: PowerShell is started with a Base64 encoded command, which hides the script from command-line logging.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.execution
            - attack.t1059.001
            - attack.t1027
        logsource:
            category: process_creation
            product: windows
        detection:
            selection_img:
                - Image|endswith:
                      - '\powershell.exe'
                      - '\pwsh.exe'
                - OriginalFileName:
                      - 'PowerShell.EXE'
                      - 'pwsh.dll'
            selection_cli:
                CommandLine|windash|contains:
                    - ' -e '
                    - ' -en '
                    - ' -enc '
                    - ' -encodedcommand '
            filter_optional_sccm:
                ParentImage|endswith: '\CCM\CcmExec.exe'
            condition: all of selection_* and not 1 of filter_optional_*
        falsepositives:
            - Configuration management agents
        level: medium
        """#),
        ("sample/sigma/ps_script_download_cradle.yml", #"""
        title: PowerShell Download Cradle In A Script Block
        id: 67bc6798-c92a-463e-b36f-ce702cd5d5ed
        status: test
        description: A script block downloads a string or file from the web and runs it in memory.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.execution
            - attack.t1059.001
            - attack.command-and-control
            - attack.t1105
        logsource:
            category: ps_script
            product: windows
        detection:
            selection_download:
                ScriptBlockText|contains:
                    - '.DownloadString('
                    - '.DownloadData('
                    - 'Invoke-WebRequest'
                    - 'Net.WebClient'
            selection_exec:
                ScriptBlockText|contains:
                    - 'IEX'
                    - 'Invoke-Expression'
                    - '| iex'
            condition: all of selection_*
        falsepositives:
            - Installer bootstrap scripts such as package managers
        level: high
        """#),
        ("sample/sigma/proc_creation_powershell_hidden_bypass.yml", #"""
        title: Hidden PowerShell Window With Execution Policy Bypass
        id: 31f069ea-2c8c-4306-b09b-809a942e861a
        status: test
        description: PowerShell runs with a hidden window and the execution policy bypassed, a pairing common in droppers.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.execution
            - attack.t1059.001
        logsource:
            category: process_creation
            product: windows
        detection:
            selection:
                Image|endswith:
                    - '\powershell.exe'
                    - '\pwsh.exe'
                CommandLine|windash|contains|all:
                    - '-w hidden'
                    - '-ep bypass'
            condition: selection
        falsepositives:
            - Logon scripts
        level: medium
        """#),
        ("sample/sigma/ps_script_amsi_bypass.yml", #"""
        title: AMSI Bypass Through Reflection
        id: 0cccdf29-184e-4e20-ad48-653624ba7ec2
        status: stable
        description: A script touches the AmsiUtils class to switch the Antimalware Scan Interface off for the session.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.defense-evasion
            - attack.t1562.001
            - attack.execution
            - attack.t1059.001
        logsource:
            category: ps_script
            product: windows
        detection:
            selection:
                ScriptBlockText|contains|all:
                    - 'System.Management.Automation.AmsiUtils'
                    - 'amsiInitFailed'
            condition: selection
        falsepositives:
            - Security research scripts
        level: high
        """#),
        ("sample/sigma/proc_creation_office_spawns_powershell.yml", #"""
        title: Office Application Starts PowerShell
        id: 9eaf6ac6-439a-4f46-a95d-a3c8e0cd4815
        status: test
        description: Word, Excel or PowerPoint start a PowerShell process, usually from a macro.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.execution
            - attack.t1059.001
            - attack.t1204.002
        logsource:
            category: process_creation
            product: windows
        detection:
            selection_parent:
                ParentImage|endswith:
                    - '\WINWORD.EXE'
                    - '\EXCEL.EXE'
                    - '\POWERPNT.EXE'
            selection_child:
                Image|endswith:
                    - '\powershell.exe'
                    - '\pwsh.exe'
            condition: selection_parent and selection_child
        falsepositives:
            - Add-ins that shell out to PowerShell
        level: high
        """#),
    ]
}
