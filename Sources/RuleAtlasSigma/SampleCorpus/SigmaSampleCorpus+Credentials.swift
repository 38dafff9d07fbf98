extension SigmaSampleCorpus {
    /// T1003.001 LSASS memory.
    static let credentials: [(path: String, text: String)] = [
        ("sample/sigma/process_access_lsass_read_memory.yml", #"""
        title: LSASS Memory Read By An Unexpected Process
        id: d4d91037-464e-44a1-a197-49b6cf62fef0
        status: test
        description: A process opens LSASS with rights that allow reading its memory, as credential dumpers do.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.credential-access
            - attack.t1003.001
        logsource:
            category: process_access
            product: windows
        detection:
            selection:
                TargetImage|endswith: '\lsass.exe'
                GrantedAccess:
                    - '0x1010'
                    - '0x1410'
                    - '0x143a'
                    - '0x1fffff'
            filter_main_system:
                SourceImage|startswith:
                    - 'C:\Windows\System32\'
                    - 'C:\Windows\SysWOW64\'
            filter_main_defender:
                SourceImage|contains: '\Microsoft\Windows Defender\'
                SourceImage|endswith: '\MsMpEng.exe'
            filter_optional_null:
                SourceImage: null
            condition: selection and not 1 of filter_main_* and not 1 of filter_optional_*
        falsepositives:
            - Backup and monitoring agents
        level: high
        """#),
        ("sample/sigma/proc_creation_comsvcs_minidump.yml", #"""
        title: LSASS Dumped With Comsvcs MiniDump
        id: 89720f76-5469-46c8-9532-62bd15082373
        status: stable
        description: rundll32 calls the MiniDump export of comsvcs.dll, which writes a process dump without any extra tool.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.credential-access
            - attack.t1003.001
            - attack.defense-evasion
            - attack.t1218.011
        logsource:
            category: process_creation
            product: windows
        detection:
            selection_img:
                - Image|endswith: '\rundll32.exe'
                - OriginalFileName: 'RUNDLL32.EXE'
            selection_cli:
                CommandLine|contains: 'comsvcs'
                CommandLine|contains|all:
                    - 'minidump'
                    - 'full'
            condition: all of selection_*
        falsepositives:
            - Unlikely
        level: critical
        """#),
        ("sample/sigma/proc_creation_procdump_lsass.yml", #"""
        title: ProcDump Writing A Full LSASS Dump
        id: f07d9813-1048-4a11-9614-ceb2c70db1da
        status: test
        description: Sysinternals ProcDump (or a renamed copy) writes a full memory dump of LSASS.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.credential-access
            - attack.t1003.001
        logsource:
            category: process_creation
            product: windows
        detection:
            selection_img:
                - Image|endswith:
                      - '\procdump.exe'
                      - '\procdump64.exe'
                - OriginalFileName: 'procdump'
            selection_cli:
                CommandLine|windash|contains: ' -ma '
                CommandLine|contains: 'lsass'
            condition: all of selection_*
        falsepositives:
            - Support staff collecting crash dumps
        level: high
        """#),
        ("sample/sigma/file_event_lsass_dump_file.yml", #"""
        title: LSASS Dump File Written
        id: 58b2fe8c-8d06-4b86-b26b-17bc533b7d4c
        status: test
        description: A file with a name dumping tools use for LSASS memory is created.
        author: RuleAtlas
        date: 2026-12-04
        tags:
            - attack.credential-access
            - attack.t1003.001
        logsource:
            category: file_event
            product: windows
        detection:
            selection:
                - TargetFilename|endswith:
                      - '\lsass.dmp'
                      - '\lsass.zip'
                - TargetFilename|contains: '\lsass_*.dmp'
            condition: selection
        falsepositives:
            - Windows Error Reporting dumps collected on purpose
        level: high
        """#),
    ]
}
