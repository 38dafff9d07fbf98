import RuleAtlasModel
import Testing

/// Rules of the SigmaHQ corpus whose predicates were written out by hand from the files.
@Suite struct SigmaHandCheckedRuleTests {
    func check(_ path: String, techniques: [String], tactics: [String], _ expected: [String]) throws {
        let rule = try #require(SigmaCorpus.rule(path))
        #expect(rule.techniques.map(\.rawValue) == techniques)
        #expect(rule.tactics == tactics)
        #expect(rule.predicates.map(describe) == expected)
        #expect(!rule.isCorrelation)
        #expect(rule.path == path)
    }

    @Test func scCreateService() throws {
        try check("rules/windows/process_creation/proc_creation_win_sc_create_service.yml",
                  techniques: ["T1543.003"], tactics: ["persistence", "privilege-escalation"], [
            #"Image ends_with \sc.exe positive"#,
            "CommandLine match create positive",
            "CommandLine match binPath positive",
            #"ParentImage starts_with C:\Program Files (x86)\Dropbox\Client\ exclusion"#,
            #"ParentImage starts_with C:\Program Files\Dropbox\Client\ exclusion"#,
            #"ParentImage ends_with \Dropbox.exe exclusion"#,
        ])
        let rule = try #require(SigmaCorpus.rule("rules/windows/process_creation/proc_creation_win_sc_create_service.yml"))
        #expect(rule.id == "85ff530b-261d-48c6-a441-facaa2e81e48")
        #expect(rule.title == "New Service Creation Using Sc.EXE")
        #expect(rule.level == .low)
        #expect(rule.status == "test")
        #expect(!rule.deprecated)
        #expect(rule.location.line == 1)
        #expect(rule.description.hasPrefix("Detects the creation of a new service"))
    }

    @Test func cobaltStrikeServiceInstall() throws {
        try check("rules/windows/builtin/system/service_control_manager/win_system_cobaltstrike_service_installs.yml",
                  techniques: ["T1021.002", "T1543.003", "T1569.002"],
                  tactics: ["persistence", "execution", "privilege-escalation", "lateral-movement"], [
            "Provider_Name eq Service Control Manager positive",
            "EventID eq 7045 positive",
            "ImagePath match ADMIN$ positive",
            "ImagePath match .exe positive",
            "ImagePath match %COMSPEC% positive",
            "ImagePath match start positive",
            "ImagePath match powershell positive",
            "ImagePath match powershell -nop -w hidden -encodedcommand positive",
            "ImagePath match IEX (New-Object Net.Webclient).DownloadString('http://127.0.0.1: positive",
        ])
    }

    @Test func eventsComeFromLogsourceNarrowedByPositiveEventFilters() throws {
        let scm = try #require(SigmaCorpus.rule("rules/windows/builtin/system/service_control_manager/win_system_cobaltstrike_service_installs.yml"))
        #expect(scm.events == [EventRef(provider: "Service-Control-Manager", eventId: 7045, link: .exact)])
        let sc = try #require(SigmaCorpus.rule("rules/windows/process_creation/proc_creation_win_sc_create_service.yml"))
        #expect(sc.events == [EventRef(provider: "Security-Auditing", eventId: 4688, link: .candidate),
                              EventRef(provider: "Sysmon", eventId: 1, link: .candidate)])
        #expect(SigmaCorpus.rule("rules/network/zeek/zeek_rdp_public_listener.yml")?.events == [])
    }

    @Test func serviceInstalledFromSuspiciousFolder() throws {
        try check("rules/windows/builtin/system/service_control_manager/win_system_susp_service_installation_folder.yml",
                  techniques: ["T1543.003"], tactics: ["persistence", "privilege-escalation"], [
            "Provider_Name eq Service Control Manager positive",
            "EventID eq 7045 positive",
            #"ImagePath match \AppData\ positive"#,
            #"ImagePath match \\127.0.0.1 positive"#,
            #"ImagePath match \\localhost positive"#,
            "ServiceName eq Zoom Sharing Service exclusion",
            #"ImagePath match :\Program Files\Common Files\Zoom\Support\CptService.exe exclusion"#,
        ])
    }

    @Test func fieldlessAllKeywords() throws {
        try check("rules/network/cisco/bgp/cisco_bgp_md5_auth_failed.yml",
                  techniques: ["T1078", "T1110", "T1557"],
                  tactics: ["initial-access", "persistence", "privilege-escalation", "credential-access", "collection", "stealth"], [
            "_keyword match :179 positive",
            "_keyword match IP-TCP-3-BADAUTH positive",
        ])
    }

    @Test func fieldref() throws {
        try check("rules/windows/file/file_delete/file_delete_win_delete_own_image.yml",
                  techniques: [], tactics: ["stealth"], ["TargetFilename fieldref Image positive"])
    }

    @Test func wholeConditionNotIsNegated() throws {
        try check("rules/network/zeek/zeek_rdp_public_listener.yml", techniques: ["T1021.001"], tactics: ["lateral-movement"],
                  ["::1/128", "10.0.0.0/8", "127.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16",
                   "2620:83:8000::/48", "fc00::/7", "fe80::/10"].map { "id.orig_h cidr_match \($0) negated" })
    }

    @Test func leadingNotConjunctAndNegatedGroup() throws {
        let tlds = [".arpa", ".local", ".ultradns.net", ".twtrdns.net", ".azuredns-prd.info", ".azure-dns.com",
                    ".azuredns-ff.info", ".azuredns-ff.org", ".azuregov-dns.org"]
        try check("rules/network/zeek/zeek_dns_susp_zbit_flag.yml",
                  techniques: ["T1095", "T1571"], tactics: ["command-and-control"],
                  ["Z eq 0 exclusion", "query match . positive"]
                  + tlds.map { "query ends_with \($0) exclusion" }
                  + ["qtype_name eq ns exclusion", "qtype_name eq mx exclusion", #"answers ends_with \x00 exclusion"#,
                     "id.resp_p eq 137 exclusion", "id.resp_p eq 138 exclusion", "id.resp_p eq 139 exclusion"])
    }

    @Test func nullValuesInASelection() throws {
        try check("rules/web/webserver_generic/web_webshell_regeorg.yml", techniques: ["T1505.003"], tactics: ["persistence"],
                  ["cmd=read", "connect&target", "cmd=connect", "cmd=disconnect", "cmd=forward"].map { "cs-uri-query match \($0) positive" }
                  + ["cs-referer is_null null positive", "cs-user-agent is_null null positive", "cs-method eq POST positive"])
    }

    @Test func listOfMapsFiltersAndNullAlternatives() throws {
        let images = ["svchost", "taskhost", "lsm", "lsass", "services", "lsaiso", "csrss", "wininit", "winlogon"]
        try check("rules/windows/process_creation/proc_creation_win_susp_proc_wrong_parent.yml",
                  techniques: ["T1036.003", "T1036.005"], tactics: ["stealth"],
                  images.map { #"Image ends_with \\#($0).exe positive"# } + [
                      #"ParentImage ends_with \SavService.exe exclusion"#, #"ParentImage ends_with \ngen.exe exclusion"#,
                      #"ParentImage match \System32\ exclusion"#, #"ParentImage match \SysWOW64\ exclusion"#,
                      #"ParentImage match \Windows Defender\ exclusion"#, #"ParentImage match \Microsoft Security Client\ exclusion"#,
                      #"ParentImage ends_with \MsMpEng.exe exclusion"#,
                      "ParentImage is_null null exclusion", "ParentImage eq  exclusion", "ParentImage eq - exclusion",
                  ])
    }

    @Test func oneOfGroupsUnderOrAreDeduplicated() throws {
        let rule = try #require(SigmaCorpus.rule("rules/linux/process_creation/proc_creation_lnx_clear_syslog.yml"))
        #expect(rule.techniques.map(\.rawValue) == ["T1685.006"])
        #expect(rule.tactics == ["defense-impairment"])
        #expect(rule.predicates.count == 30)
        #expect(rule.predicates.allSatisfy { $0.polarity == .positive })
        #expect(rule.predicates.filter { $0.value == "/var/log/syslog" }.count == 1)
        #expect(rule.predicates.map(describe).contains("Image ends_with /truncate positive"))
        #expect(rule.predicates.map(describe).contains("CommandLine match  >| /var/log/syslog positive"))
    }

    @Test func windashAndAllOf() throws {
        try check("rules/windows/process_creation/proc_creation_win_lolbin_unregmp2.yml", techniques: ["T1218"], tactics: ["stealth"], [
            #"Image ends_with \unregmp2.exe positive"#, "OriginalFileName eq unregmp2.exe positive",
            "CommandLine match  /HideWMP positive",
        ])
    }

    @Test func hugeHashListRule() throws {
        let path = "rules/windows/driver_load/driver_load_win_vuln_drivers.yml"
        #expect((SigmaCorpus.bytes(path)?.count ?? 0) > 290_000)
        let rule = try #require(SigmaCorpus.rule(path))
        #expect(rule.techniques.map(\.rawValue) == ["T1543.003", "T1068"])
        #expect(rule.predicates.count == 4432)
        #expect(rule.predicates.allSatisfy { $0.field == "Hashes" && $0.op == .match && $0.polarity == .positive })
        #expect(rule.predicates.first?.value == "MD5=c996d7971c49252c582171d9380360f2")
        #expect(rule.predicates.last?.value == "IMPHASH=0f371a913e9fa3ba3a923718e489debb")
    }
}
