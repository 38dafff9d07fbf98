import RuleAtlasModel
import Testing

/// Every modifier of the Sigma specification, one inline rule each.
@Suite struct SigmaModifierTests {
    @Test func stringMatchModifiers() {
        #expect(predicates("""
            sel:
                CommandLine|contains: 'vssadmin'
                Image|endswith: '\\sc.exe'
                ParentImage|startswith: 'C:\\Windows\\'
                User: 'SYSTEM'
            condition: sel
        """) == [
            "CommandLine match vssadmin positive",
            "Image ends_with \\sc.exe positive",
            "ParentImage starts_with C:\\Windows\\ positive",
            "User eq SYSTEM positive",
        ])
    }

    @Test func opIsDecidedAfterImpliedWildcards() {
        #expect(predicates("""
            sel:
                CommandLine|contains: 'a*b'
                Image: '*\\sc.exe'
                ParentImage: 'C:\\Users\\\\*'
                GrandParent: 'C:\\Users\\*'
                OriginalFileName: '*cmd*'
                Description|startswith: '*lead'
                Product|endswith: 'x?'
                Company|contains: '*both*'
            condition: sel
        """) == [
            "CommandLine wildcard *a*b* positive",
            "Image ends_with \\sc.exe positive",
            "ParentImage starts_with C:\\Users\\ positive",
            "GrandParent eq C:\\Users* positive",
            "OriginalFileName match cmd positive",
            "Description match lead positive",
            "Product wildcard *x? positive",
            "Company match both positive",
        ])
    }

    @Test func escapes() {
        #expect(predicates(#"""
            sel:
                A: 'literal\*star'
                B|contains: 'q\?mark'
                C: 'double\\backslash'
                D: 'C:\Windows\System32\'
                E: 'C:\Temp\\*'
                F: 'pre\*mid*'
                H: 'pre\*mid*x'
                G: '*\\\*x*'
            condition: sel
        """#) == [
            #"A eq literal*star positive"#,
            #"B match q?mark positive"#,
            #"C eq double\backslash positive"#,
            #"D eq C:\Windows\System32\ positive"#,
            #"E starts_with C:\Temp\ positive"#,
            #"F starts_with pre*mid positive"#,
            #"H wildcard pre\*mid*x positive"#,
            #"G match \*x positive"#,
        ])
    }

    @Test func listsAreOrUnlessAll() throws {
        let file = sigmaFile(detection: """
            sel:
                CommandLine|contains|all: ['-enc', 'bypass']
                Image|endswith: ['\\powershell.exe', '\\pwsh.exe']
            condition: sel
        """)
        let preds = try #require(file.rules.first?.predicates).map(describe)
        #expect(preds == [
            "CommandLine match -enc positive", "CommandLine match bypass positive",
            "Image ends_with \\powershell.exe positive", "Image ends_with \\pwsh.exe positive",
        ])
    }

    @Test func regexCidrAndComparisons() {
        #expect(predicates(#"""
            sel:
                CommandLine|re: '\s-e(nc)?\s+[A-Za-z0-9+/=]{20,}'
                ScriptBlockText|re|i: 'iex\('
                Payload|re|m|s: '^a.b$'
                DestinationIp|cidr: ['10.0.0.0/8', '192.168.0.0/16']
                Count|gt: 5
                Size|gte: 10
                Age|lt: 3
                Depth|lte: 2.5
            condition: sel
        """#) == [
            #"CommandLine regex_match \s-e(nc)?\s+[A-Za-z0-9+/=]{20,} positive"#,
            #"ScriptBlockText regex_match iex\( positive"#,
            "Payload regex_match ^a.b$ positive",
            "DestinationIp cidr_match 10.0.0.0/8 positive", "DestinationIp cidr_match 192.168.0.0/16 positive",
            "Count gt 5 positive", "Size gte 10 positive", "Age lt 3 positive", "Depth lte 2.5 positive",
        ])
    }

    @Test func existsFieldrefNeqAndCased() {
        #expect(predicates("""
            sel:
                Hashes|exists: true
                Signature|exists: false
                TargetFilename|fieldref: Image
                User|neq: 'SYSTEM'
                CommandLine|cased|contains: 'MiXeD'
            condition: sel
        """) == [
            "Hashes exists true positive", "Signature exists false positive",
            "TargetFilename fieldref Image positive", "User ne SYSTEM positive",
            "CommandLine match MiXeD positive",
        ])
    }

    @Test func transformModifiersKeepValueAndBaseOp() {
        #expect(predicates("""
            sel:
                CommandLine|windash|contains: ' -encodedcommand '
                CommandLine|base64offset|contains: 'IEX ('
                CommandLine|wide|base64offset|contains: 'http'
                Payload|base64: 'secret'
                A|utf16le|base64: 'x'
                B|utf16be|base64|endswith: 'y'
                C|utf16|base64|startswith: 'z'
                Path|expand: '%windir%\\temp\\'
                Timestamp|hour: 3
                Date|minute|gte: 30
            condition: sel
        """) == [
            "CommandLine match  -encodedcommand  positive", "CommandLine match IEX ( positive",
            "CommandLine match http positive", "Payload eq secret positive", "A eq x positive",
            "B ends_with y positive", "C starts_with z positive", "Path eq %windir%\\temp\\ positive",
            "Timestamp eq 3 positive", "Date gte 30 positive",
        ])
    }

    @Test func nullNumbersBooleansAndEmptyStrings() {
        #expect(predicates("""
            sel:
                EventID: 7045
                Signed: true
                Initiated: 'true'
                OnOff: yes
                DestinationPort: [80, 443]
                Ratio: 1.5
                CommandLine: null
                Empty: ''
                Tilde: ~
                Quoted: '4688'
            condition: sel
        """) == [
            "EventID eq 7045 positive", "Signed eq true positive", "Initiated eq true positive",
            "OnOff eq true positive", "DestinationPort eq 80 positive", "DestinationPort eq 443 positive",
            "Ratio eq 1.5 positive", "CommandLine is_null null positive", "Empty eq  positive",
            "Tilde is_null null positive", "Quoted eq 4688 positive",
        ])
    }

    @Test func keywordsAndFieldlessAll() {
        #expect(predicates("""
            keywords:
                - 'mimikatz'
                - 'sekurlsa::*'
            kw_all:
                '|all':
                    - ':179'
                    - 'IP-TCP-3-BADAUTH'
            condition: keywords or kw_all
        """) == [
            "_keyword match mimikatz positive", "_keyword match sekurlsa:: positive",
            "_keyword match :179 positive", "_keyword match IP-TCP-3-BADAUTH positive",
        ])
    }

    @Test func unknownModifierIsAWarningNotADrop() throws {
        let file = sigmaFile(detection: """
            sel:
                CommandLine|contains|fancy: 'x'
            condition: sel
        """)
        #expect(file.rules.first?.predicates.map(describe) == ["CommandLine match x positive"])
        let d = try #require(file.diagnostics.first)
        #expect(d.severity == .warning)
        #expect(d.message.contains("'fancy'"))
        #expect((d.line, d.column) == (9, 9))
    }

    @Test func badExistsValueFailsTheRule() {
        let file = sigmaFile(detection: """
            sel:
                Hashes|exists: maybe
            condition: sel
        """)
        #expect(file.rules.isEmpty)
        #expect(file.diagnostics.first?.description == "inline.yml:9:24: error: 'exists' needs true or false, found 'maybe'")
    }
}
