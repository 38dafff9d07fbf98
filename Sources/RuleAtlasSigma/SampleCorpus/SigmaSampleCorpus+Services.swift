extension SigmaSampleCorpus {
    /// T1543.003 Windows service and T1569.002 service execution.
    static let services: [(path: String, text: String)] = [
        ("sample/sigma/proc_creation_sc_create_service.yml", #"""
        title: Service Created With Sc.exe
        id: 972f193a-e513-4989-9f7b-53bdf835920c
        status: test
        description: A new service is registered from the command line with sc.exe and a binary path.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.persistence
            - attack.privilege-escalation
            - attack.t1543.003
        logsource:
            category: process_creation
            product: windows
        detection:
            selection_img:
                - Image|endswith: '\sc.exe'
                - OriginalFileName: 'sc.exe'
            selection_cli:
                CommandLine|contains|all:
                    - ' create '
                    - 'binPath'
            filter_main_installer:
                ParentImage:
                    - 'C:\Windows\System32\msiexec.exe'
                    - 'C:\Windows\SysWOW64\msiexec.exe'
            condition: all of selection_* and not 1 of filter_main_*
        falsepositives:
            - Software installers that register their own services
        level: medium
        """#),
        ("sample/sigma/proc_creation_sc_config_binpath_user_dir.yml", #"""
        title: Service Binary Path Changed To A User Folder
        id: e5cb673d-6fe5-45cb-bd7f-acde356121f7
        status: experimental
        description: An existing service is pointed at a binary in a user-writable folder, a common way to hijack a service.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.persistence
            - attack.t1543.003
        logsource:
            category: process_creation
            product: windows
        detection:
            selection:
                Image|endswith: '\sc.exe'
                CommandLine|contains|all:
                    - 'config'
                    - 'binPath'
                CommandLine|contains:
                    - '\AppData\'
                    - '\Users\Public\'
                    - '\Windows\Temp\'
                    - '\ProgramData\'
            condition: selection
        falsepositives:
            - Unknown
        level: high
        """#),
        ("sample/sigma/system_service_install_user_writable.yml", #"""
        title: Service Installed From A User-Writable Folder
        id: 5f275014-c686-4749-b421-f012c2acdc68
        status: test
        description: The Service Control Manager reports a new service whose image lives in a folder ordinary users can write to.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.persistence
            - attack.privilege-escalation
            - attack.t1543.003
        logsource:
            product: windows
            service: system
        detection:
            selection:
                Provider_Name: 'Service Control Manager'
                EventID: 7045
                ImagePath|contains:
                    - '\AppData\'
                    - '\Temp\'
                    - '\Users\Public\'
                    - '\ProgramData\'
            filter_optional_updaters:
                ImagePath|contains:
                    - '\ProgramData\Microsoft\Windows Defender\'
                    - '\AppData\Local\Microsoft\Teams\'
            condition: selection and not 1 of filter_optional_*
        falsepositives:
            - Per-user updaters that install a helper service
        level: high
        """#),
        ("sample/sigma/system_service_install_shell_command.yml", #"""
        title: Service Installed With A Shell Command Line
        id: 259d0483-0d1c-4d16-aef3-930a18e970cb
        status: test
        description: A new service runs cmd or PowerShell directly, typical of remote execution tools and loaders.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.persistence
            - attack.execution
            - attack.t1543.003
            - attack.t1569.002
        logsource:
            product: windows
            service: system
        detection:
            selection_id:
                Provider_Name: 'Service Control Manager'
                EventID: 7045
            selection_shell:
                ImagePath|contains:
                    - 'cmd /c'
                    - 'cmd.exe /c'
                    - '%COMSPEC%'
                    - 'powershell'
                    - 'mshta'
            condition: selection_id and selection_shell
        falsepositives:
            - Management agents that wrap scripts in services
        level: high
        """#),
        ("sample/sigma/security_service_install_powershell.yml", #"""
        title: Service With PowerShell Installed (Security Log)
        id: ce982f84-8bad-4253-8135-1a2294556d19
        status: test
        description: Security event 4697 records a service whose file name starts PowerShell.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.persistence
            - attack.t1543.003
        logsource:
            product: windows
            service: security
        detection:
            selection:
                EventID: 4697
                ServiceFileName|contains:
                    - 'powershell'
                    - 'pwsh'
            condition: selection
        falsepositives:
            - Unknown
        level: high
        """#),
        ("sample/sigma/registry_set_service_imagepath.yml", #"""
        title: Service ImagePath Set To A Temporary Folder
        id: 28496bde-6df7-461c-9bb7-b848ad62d9e6
        status: experimental
        description: The ImagePath value of a service key is written with a path in a temporary or user folder.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.persistence
            - attack.t1543.003
        logsource:
            category: registry_set
            product: windows
        detection:
            selection:
                TargetObject|contains: '\System\CurrentControlSet\Services\'
                TargetObject|endswith: '\ImagePath'
                Details|contains:
                    - '\AppData\Local\Temp\'
                    - '\Windows\Temp\'
                    - '\Users\Public\'
            filter_main_services_exe:
                Image: 'C:\Windows\system32\services.exe'
            condition: selection and not 1 of filter_main_*
        falsepositives:
            - Installers that stage their service binary in a temporary folder
        level: medium
        """#),
        ("sample/sigma/ps_script_new_service.yml", #"""
        title: Service Created From A PowerShell Script
        id: ac2c0927-fadb-45e2-838a-8ae6efa72773
        status: test
        description: A script block creates a service with New-Service and an explicit binary path.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.persistence
            - attack.t1543.003
            - attack.t1059.001
        logsource:
            category: ps_script
            product: windows
            definition: 'Requirements: Script Block Logging must be enabled'
        detection:
            selection:
                ScriptBlockText|contains|all:
                    - 'New-Service'
                    - '-BinaryPathName'
            condition: selection
        falsepositives:
            - Deployment scripts
        level: low
        """#),
        ("sample/sigma/system_psexec_service_install.yml", #"""
        title: PsExec Service Installed
        id: 82a03da3-9548-48a4-896f-4a8929736420
        status: stable
        description: The PsExec service (or a renamed copy with the usual binary name) is installed on the target host.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.execution
            - attack.t1569.002
        logsource:
            product: windows
            service: system
        detection:
            selection:
                Provider_Name: 'Service Control Manager'
                EventID: 7045
            selection_name:
                - ServiceName: 'PSEXESVC'
                - ImagePath|endswith: '\PSEXESVC.exe'
            condition: selection and selection_name
        falsepositives:
            - Administrators using PsExec
        level: medium
        """#),
    ]
}
