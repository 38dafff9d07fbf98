import RuleAtlasModel
import Testing

@testable import RuleAtlasElastic

/// Rules of the corpus checked predicate by predicate against their TOML.
@Suite struct ElasticHandCheckedRuleTests {
    func rule(_ suffix: String) throws -> ElasticRuleDocument { try #require(ElasticCorpus.document(suffix)) }

    func preds(_ doc: ElasticRuleDocument) -> [String] {
        doc.rule.predicates.map { "\($0.polarity.rawValue) \($0.field) \($0.op.rawValue) \($0.value)" }
    }

    func events(_ doc: ElasticRuleDocument) -> [String] { doc.rule.events.map { "\($0.provider) \($0.eventId) \($0.link.rawValue)" } }

    @Test func eqlSequenceScServiceCreation() throws {
        let doc = try rule("windows/lateral_movement_cmd_service.toml")
        #expect(doc.type == "eql" && doc.language == "eql" && doc.rule.level == .low && doc.riskScore == 21)
        #expect(doc.rule.techniques.map(\.rawValue) == ["T1021", "T1021.002", "T1543", "T1543.003", "T1569", "T1569.002"])
        #expect(doc.rule.tactics == ["lateral-movement", "persistence", "execution"])
        #expect(doc.techniqueNames[TechniqueID("T1021.002")!] == "SMB/Windows Admin Shares")
        #expect(doc.eqlCategories == ["process", "network"])
        #expect(preds(doc) == [
            #"positive Image ends_with \sc.exe"#, "positive OriginalFileName eq sc.exe",
            #"positive CommandLine starts_with \\"#, "positive CommandLine starts_with binPath=",
            "positive CommandLine starts_with binpath=", "positive CommandLine match create",
            "positive CommandLine match config", "positive CommandLine match failure", "positive CommandLine match start",
            "exclusion DestinationIp eq 127.0.0.1",
        ])
        #expect(doc.rule.predicates.first?.rawField == "process.name")
        #expect(events(doc).contains("Sysmon 1 candidate") && events(doc).contains("Sysmon 3 candidate"))
    }

    @Test func kueryEventCodeNarrowsToSysmon10() throws {
        let doc = try rule("windows/credential_access_suspicious_lsass_access_via_snapshot.toml")
        #expect(doc.type == "threshold" && doc.language == "kuery")
        #expect(preds(doc) == [
            "positive EventID eq 10", #"positive TargetImage eq C:\Windows\system32\lsass.exe"#,
            #"positive TargetImage eq c:\Windows\system32\lsass.exe"#, #"positive TargetImage eq c:\Windows\System32\lsass.exe"#,
        ])
        #expect(events(doc) == ["Sysmon 10 exact"])
    }

    @Test func thresholdKueryWithListsAndExclusion() throws {
        let doc = try rule("windows/impact_stop_process_service_threshold.toml")
        let p = preds(doc)
        #expect(p.prefix(3) == [#"positive Image ends_with \net.exe"#, #"positive Image ends_with \sc.exe"#, #"positive Image ends_with \taskkill.exe"#])
        #expect(p.contains("positive CommandLine match /PID") && p.contains("positive CommandLine match stop"))
        #expect(p.suffix(2) == [#"exclusion ParentImage ends_with \osquerybeat.exe"#, #"exclusion ParentImage ends_with \agentbeat.exe"#])
        #expect(p.count == 16)
    }

    @Test func newTermsKuery() throws {
        let doc = try rule("windows/command_and_control_new_terms_rmm_signer.toml")
        #expect(doc.type == "new_terms")
        #expect(doc.rule.predicates.allSatisfy { $0.rawField == "process.code_signature.subject_name" && $0.op == .eq && $0.polarity == .positive })
        #expect(preds(doc).contains("positive process.code_signature.subject_name eq TeamViewer GmbH"))
    }

    @Test func kueryWithBackslashesAndFilters() throws {
        let doc = try rule("windows/credential_access_lsass_memdump_handle_access.toml")
        let p = preds(doc)
        #expect(p.first == "positive EventID eq 4656")
        #expect(p.contains(#"positive ObjectName ends_with \Windows\System32\lsass.exe"#))
        #expect(p.contains(#"exclusion ProcessName eq C:\Windows\System32\wbem\WmiPrvSE.exe"#))
        // From [[rule.filters]] with negate = true:
        #expect(p.contains(#"exclusion ProcessName wildcard ?:\ProgramData\Microsoft\Windows Defender\*.exe"#))
        #expect(events(doc) == ["Security-Auditing 4656 exact"])
    }

    @Test func eqlSampleOnLinux() throws {
        let doc = try rule("linux/execution_shell_via_meterpreter_linux.toml")
        #expect(doc.platforms == ["linux"] && doc.rule.events.isEmpty)
        #expect(preds(doc) == [
            "positive auditd.data.syscall eq open", "positive auditd.data.a2 eq 1b6", "positive TargetFilename eq /etc/machine-id",
            "positive TargetFilename eq /etc/passwd", "positive TargetFilename eq /proc/net/route",
            "positive TargetFilename eq /proc/net/ipv6_route", "positive TargetFilename eq /proc/net/if_inet6",
        ])
    }

    @Test func eqlSequenceWithLibraryAndDNSExclusions() throws {
        let doc = try rule("windows/command_and_control_iexplore_via_com.toml")
        let p = preds(doc)
        #expect(p.first == #"positive ImageLoaded ends_with \IEProxy.dll"#)
        #expect(p.contains(#"positive ParentImage ends_with \iexplore.exe"#))
        #expect(p.contains("positive ParentCommandLine match -Embedding"))
        #expect(p.filter { $0.hasPrefix("exclusion QueryName ends_with .") }.count == 9)
    }

    @Test func eqlRegistryWithNullAndExclusions() throws {
        let doc = try rule("windows/privilege_escalation_rogue_windir_environment_var.toml")
        #expect(preds(doc) == [
            #"positive TargetObject ends_with \windir"#, #"positive TargetObject ends_with \systemroot"#,
            "positive Details exists true", #"positive TargetObject ends_with \Environment\windir"#,
            #"positive TargetObject ends_with \Environment\systemroot"#, #"exclusion Details eq C:\windows"#,
            "exclusion Details eq %SystemRoot%",
        ])
        #expect(events(doc).contains("Sysmon 13 candidate"))
    }

    @Test func kueryCloudRuleKeepsVendorFields() throws {
        let doc = try rule("integrations/aws/impact_cloudwatch_log_stream_deletion.toml")
        #expect(preds(doc) == [
            "positive event.provider eq logs.amazonaws.com", "positive EventType eq DeleteLogStream",
            "positive event.outcome eq success", "positive source.ip exists true", "exclusion user_agent.original eq AWS Internal",
        ])
        #expect(doc.rule.events.isEmpty)
    }

    @Test func esqlWithFunctionsAndRawLike() throws {
        let doc = try rule("windows/defense_evasion_masquerading_as_svchost.toml")
        #expect(doc.type == "esql" && doc.index.contains("logs-windows.sysmon_operational-*"))
        #expect(preds(doc) == [
            "positive Image match svchost.exe", #"exclusion Image eq c:\windows\syswow64\svchost.exe"#,
            #"exclusion Image eq c:\windows\system32\svchost.exe"#,
            #"exclusion Image wildcard \device\harddiskvolume*\windows\system32\svchost.exe"#,
            #"exclusion Image wildcard \device\harddiskvolume*\windows\syswow64\svchost.exe"#,
        ])
    }

    @Test func esqlEvalCopyOfAField() throws {
        let doc = try rule("cross-platform/reconnaissance_web_server_unusual_user_agents.toml")
        #expect(doc.rule.predicates.count == 23)
        #expect(doc.rule.predicates.allSatisfy { $0.field == "user_agent.original" && $0.polarity == .positive })
        #expect(preds(doc).contains("positive user_agent.original starts_with nikto"))
    }

    @Test func luceneDeprecatedRuleKeptAsData() throws {
        let doc = try rule("_deprecated/privilege_escalation_setgid_bit_set_via_chmod.toml")
        #expect(doc.rule.deprecated && doc.maturity == "deprecated" && doc.language == "lucene")
        // A Linux rule (tag `Linux`): no Windows catalog events, file names join with `/`.
        #expect(doc.platforms == ["linux"])
        #expect(doc.rule.events.isEmpty)
        #expect(preds(doc) == [
            "positive Image ends_with /chmod", "positive CommandLine match g+s",
            "positive CommandLine regex_match 2[0-9]{3}", "exclusion User eq root",
        ])
    }

    @Test func machineLearningRuleHasTechniquesOnly() throws {
        let doc = try rule("integrations/gcp/ml_gcp_rare_method_by_city.toml")
        #expect(doc.type == "machine_learning" && doc.language == nil)
        #expect(doc.rule.predicates.isEmpty && !doc.rule.techniques.isEmpty)
        #expect(doc.rule.techniques.map(\.rawValue) == ["T1078", "T1078.004"])
    }

    @Test func scriptBlockRuleLinksToPowerShell4104() throws {
        let doc = try rule("windows/collection_posh_audio_capture.toml")
        #expect(events(doc).contains("PowerShell 4104 exact"))
        #expect(doc.rule.predicates.contains { $0.rawField == "powershell.file.script_block_text" && $0.polarity == .positive })
    }
}
