extension SigmaSampleCorpus {
    /// T1218.* system binary proxy execution.
    static let proxyExecution: [(path: String, text: String)] = [
        ("sample/sigma/proc_creation_rundll32_javascript.yml", #"""
        title: Rundll32 Running JavaScript
        id: 66488562-6c10-4815-807c-a900e2be1a8e
        status: test
        description: rundll32 is given a javascript protocol handler, which runs script through mshtml.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.defense-evasion
            - attack.t1218.011
        logsource:
            category: process_creation
            product: windows
        detection:
            selection:
                Image|endswith: '\rundll32.exe'
                CommandLine|contains|all:
                    - 'javascript:'
                    - 'RunHTMLApplication'
            condition: selection
        falsepositives:
            - Unlikely
        level: high
        """#),
        ("sample/sigma/proc_creation_regsvr32_remote_scriptlet.yml", #"""
        title: Regsvr32 Loading A Remote Scriptlet
        id: 8366be1c-54b4-4741-b8b4-8c082297a45d
        status: stable
        description: regsvr32 fetches a scriptlet from a URL and runs it through scrobj.dll ("Squiblydoo").
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.defense-evasion
            - attack.t1218.010
        logsource:
            category: process_creation
            product: windows
        detection:
            selection:
                Image|endswith: '\regsvr32.exe'
                CommandLine|contains: 'scrobj.dll'
                CommandLine|windash|contains:
                    - '/i:http'
                    - '/i:ftp'
            condition: selection
        falsepositives:
            - Unlikely
        level: high
        """#),
        ("sample/sigma/proc_creation_mshta_remote.yml", #"""
        title: Mshta Running Remote Or Inline Script
        id: b036b909-bcc4-4ba2-89ac-bcff002bbc64
        status: test
        description: mshta runs an HTA from a URL or inline VBScript/JavaScript.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.defense-evasion
            - attack.t1218.005
        logsource:
            category: process_creation
            product: windows
        detection:
            selection_img:
                - Image|endswith: '\mshta.exe'
                - OriginalFileName: 'MSHTA.EXE'
            selection_cli:
                CommandLine|contains:
                    - 'http://'
                    - 'https://'
                    - 'vbscript:'
                    - 'javascript:'
            condition: all of selection_*
        falsepositives:
            - Legacy intranet applications
        level: high
        """#),
        ("sample/sigma/proc_creation_msiexec_remote_package.yml", #"""
        title: Msiexec Installing A Remote Package Quietly
        id: 99b59e18-3cd5-4c5e-84e5-301afa3cf756
        status: test
        description: msiexec installs a package straight from a URL without showing any user interface.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.defense-evasion
            - attack.t1218.007
        logsource:
            category: process_creation
            product: windows
        detection:
            selection:
                Image|endswith: '\msiexec.exe'
                CommandLine|windash|contains:
                    - '/q'
                    - '/quiet'
                CommandLine|contains: '://'
            filter_main_sccm:
                ParentImage|endswith: '\CCM\CcmExec.exe'
            condition: selection and not filter_main_sccm
        falsepositives:
            - Software deployment from an internal web server
        level: medium
        """#),
        ("sample/sigma/proc_creation_installutil_user_folder.yml", #"""
        title: InstallUtil Loading An Assembly From A User Folder
        id: cd7ffe10-b6da-4d3d-9ae4-037986af6f9a
        status: experimental
        description: InstallUtil runs the installer class of an assembly stored in a user-writable folder.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.defense-evasion
            - attack.t1218.004
        logsource:
            category: process_creation
            product: windows
        detection:
            selection:
                Image|endswith: '\InstallUtil.exe'
                CommandLine|contains:
                    - '\AppData\'
                    - '\Users\Public\'
                    - '\Temp\'
            condition: selection
        falsepositives:
            - Developers testing their own installers
        level: high
        """#),
        ("sample/sigma/proc_creation_certutil_download.yml", #"""
        title: Certutil Downloading Or Decoding A File
        id: 77f049eb-0f6a-41e7-ae28-2941ef1b2b00
        status: test
        description: certutil fetches a URL into its cache or decodes a Base64 file, both common ways to bring tools in.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.defense-evasion
            - attack.t1140
            - attack.command-and-control
            - attack.t1105
        logsource:
            category: process_creation
            product: windows
        detection:
            selection_img:
                - Image|endswith: '\certutil.exe'
                - OriginalFileName: 'CertUtil.exe'
            selection_cli:
                CommandLine|windash|contains:
                    - '-urlcache'
                    - '-decode'
                    - '-decodehex'
            condition: all of selection_*
        falsepositives:
            - Administrators decoding certificates
        level: medium
        """#),
    ]
}
