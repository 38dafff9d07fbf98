import RuleAtlasModel
import RuleAtlasSigma
import RuleAtlasYAML
import RuleAtlasTestSupport
import Testing

/// Leaving out unread top-level entries changes nothing a reader sees.
@Suite struct SigmaTopLevelFilterTests {
    /// Every corpus file read with the filter gives the rules and diagnostics it gives read whole.
    @Test func everyCorpusFileReadsTheSameWithTheFilter() throws {
        var shortened = 0
        var saved = 0
        for (path, bytes) in SigmaCorpus.files {
            if let shorter = YAMLTopLevelFilter.omitting(bytes, keeping: SigmaParser.readKeys) {
                shortened += 1
                saved += bytes.count - shorter.count
                #expect(shorter.filter { $0 == 0x0A }.count == bytes.filter { $0 == 0x0A }.count, "\(path) keeps its lines")
            }
            let whole = YAMLParser.parse(bytes: bytes, path: path)
            var expected = SigmaParser.parse(documents: whole.documents, path: path)
            expected.diagnostics.insert(contentsOf: whole.diagnostics, at: 0)
            let filtered = try #require(SigmaCorpus.parsed.first { $0.path == path })
            #expect(filtered.rules == expected.rules, "\(path)")
            #expect(filtered.diagnostics == expected.diagnostics, "\(path)")
        }
        // Nearly every file has references, authors or dates: a fifth of the bytes go.
        #expect(shortened > 3_000)
        #expect(saved > 900_000)
    }

    @Test func aRepeatedUnreadKeyStaysAndIsStillReported() throws {
        let text = "title: t\nauthor: a\nauthor: b\nlogsource:\n  product: windows\ndetection:\n  sel:\n    Image: x\n  condition: sel\n"
        #expect(YAMLTopLevelFilter.omitting(Array(text.utf8), keeping: SigmaParser.readKeys) == nil)
        let file = SigmaParser.parse(path: "dup.yml", bytes: Array(text.utf8))
        let duplicate = try #require(file.diagnostics.first { $0.message == "duplicate key 'author'" })
        #expect(duplicate.location.line == 3)
    }

    @Test func anErrorInAnUnreadEntryIsStillReported() throws {
        for text in [
            "title: t\nauthor: a: b\nlogsource: {product: windows}\ndetection: {sel: {Image: x}, condition: sel}\n",
            "title: t\nreferences:\n  - 'open\nlogsource: {product: windows}\ndetection: {sel: {Image: x}, condition: sel}\n",
            "title: t\nreferences:\n  - a\n - b\nlogsource: {product: windows}\ndetection: {sel: {Image: x}, condition: sel}\n",
        ] {
            let file = SigmaParser.parse(path: "bad.yml", bytes: Array(text.utf8))
            #expect(file.rules.isEmpty, "\(text)")
            #expect(file.diagnostics.contains { $0.severity == .error && $0.location.line >= 2 }, "\(text)")
        }
    }

    @Test func omittedEntriesLeaveLinesAndColumnsAsTheyWere() throws {
        let text = """
            title: Filtered
            references:
              - https://example.org/a?x=1&y=2
              - 'quoted, with '' inside'
            author: Someone
            falsepositives: |
              text: with colons
                and "quotes
            date: 2024-01-01
            logsource:
              product: windows
            detection:
              sel:
                Image|endswith: '\\sc.exe'
              condition: sel
            modified: 2024/02/02

            """
        let bytes = Array(text.utf8)
        let shorter = try #require(YAMLTopLevelFilter.omitting(bytes, keeping: SigmaParser.readKeys))
        let kept = String(decoding: shorter, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(kept.count == text.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(kept[0] == "title: Filtered" && kept[1].isEmpty && kept[4].isEmpty && kept[5].isEmpty && kept[8].isEmpty)
        #expect(kept[9] == "logsource:" && kept[13] == "    Image|endswith: '\\sc.exe'" && kept[15].isEmpty)
        let rule = try #require(SigmaParser.parse(path: "f.yml", bytes: bytes).rules.first)
        #expect(rule.predicates.map(\.value) == ["\\sc.exe"])
        #expect(rule.location.line == 1)
    }

    @Test func aQuotedValueRunningOntoColumnZeroIsNotCut() throws {
        // libyaml reads the second line as the rest of the quoted value, not as a key.
        let text = "title: t\ndescription: x\nlogsource:\n  product: windows\ndetection:\n  sel:\n    CommandLine: 'abc\nauthor: x'\n  condition: sel\n"
        #expect(YAMLTopLevelFilter.omitting(Array(text.utf8), keeping: SigmaParser.readKeys) == nil)
        let rule = try #require(SigmaParser.parse(path: "q.yml", bytes: Array(text.utf8)).rules.first)
        #expect(rule.predicates.map(\.value) == ["abc author: x"])
    }

    @Test func documentsKeepTheirNumbersAndFirstEntries() throws {
        let text = "author: only this\n---\ntitle: a\nauthor: x\nlogsource: {product: windows}\ndetection: {sel: {Image: x}, condition: sel}\n"
        let shorter = try #require(YAMLTopLevelFilter.omitting(Array(text.utf8), keeping: SigmaParser.readKeys))
        #expect(String(decoding: shorter, as: UTF8.self).hasPrefix("author: only this\n---\ntitle: a\n\n"))
        let file = SigmaParser.parse(path: "m.yml", bytes: Array(text.utf8))
        #expect(file.rules.map(\.id) == ["m.yml#2"])
    }

    @Test func aCommentAfterADocumentMarkerStaysWithItsDocument() throws {
        // The comment opens the second document: leaving out `author` must not take the
        // `---` line with it (the two documents would become one).
        let text = """
            title: a
            author: x
            logsource: {product: windows}
            detection: {sel: {Image: a}, condition: sel}
            falsepositives:
                - none
            ---
            # the second rule
            title: b
            logsource: {product: windows}
            detection: {sel: {Image: b}, condition: sel}

            """
        let bytes = Array(text.utf8)
        let shorter = try #require(YAMLTopLevelFilter.omitting(bytes, keeping: SigmaParser.readKeys))
        #expect(String(decoding: shorter, as: UTF8.self).contains("\n---\n# the second rule\n"))
        let file = SigmaParser.parse(path: "two.yml", bytes: bytes)
        #expect(file.rules.map(\.title) == ["a", "b"])
        let whole = YAMLParser.parse(bytes: bytes, path: "two.yml")
        var expected = SigmaParser.parse(documents: whole.documents, path: "two.yml")
        expected.diagnostics.insert(contentsOf: whole.diagnostics, at: 0)
        #expect(file.rules == expected.rules)
        #expect(file.diagnostics == expected.diagnostics)
    }

    @Test func textsOfOtherShapesAreNotFiltered() throws {
        for text in [
            "- title: a\n- author: b\n",  // a top-level sequence
            "title: a\n\tauthor: b\n",  // a tab at column 0
            "\"title\": a\nauthor: b\n",  // a quoted key
            "title: a\ntags: [a,\n  b]\nauthor: b\n",  // a flow collection left open
            "title: a\nauthor: caf\u{E9}\n",  // not ASCII: kept
        ] {
            let bytes = Array(text.utf8)
            let shorter = YAMLTopLevelFilter.omitting(bytes, keeping: ["title", "tags"])
            #expect(shorter == nil, "\(text)")
        }
    }
}

/// Randomly damaged corpus files: leaving out unread entries never changes what a file
/// gives, whatever the damage (a quote left open, a tab, a colon, a stray byte...).
@Suite struct SigmaTopLevelFilterDamageTests {

    static let damage: [[UInt8]] = ["'", "\"", ":", ": ", "\t", "\n", "\n  ", "- ", "#", "[", "{", "&a ", "*a", "|", ">", "\\", "\r", "\u{FF}", "\0", "---\n", "\n---\n# c\n", "\n---\n  k: v\n", "\n...\n", "<<: "]
        .map { Array($0.utf8) }

    /// Offsets of the line breaks before `references:`, `author:`, `date:`, `falsepositives:`.
    static func unreadStarts(_ bytes: [UInt8]) -> [Int] {
        let keys = ["references:", "author:", "date:", "falsepositives:"].map { Array($0.utf8) }
        var out: [Int] = []
        for i in 0..<bytes.count where bytes[i] == 0x0A {
            if keys.contains(where: { i + 1 + $0.count <= bytes.count && Array(bytes[(i + 1)..<(i + 1 + $0.count)]) == $0 }) { out.append(i) }
        }
        return out
    }

    @Test func damagedFilesReadTheSameWithAndWithoutTheFilter() {
        var rng = SeededGenerator(seed: 0x5EED)
        let files = SigmaCorpus.files
        var filtered = 0
        var errors = 0
        for _ in 0..<3_000 {
            let (path, original) = files[Int.random(in: 0..<files.count, using: &rng)]
            var bytes = original
            // Half the time the damage lands in an entry the filter may leave out.
            let unread = Self.unreadStarts(bytes)
            for _ in 0..<(1 + Int.random(in: 0..<3, using: &rng)) {
                var at = Int.random(in: 0..<(bytes.count + 1), using: &rng)
                if Int.random(in: 0..<2, using: &rng) == 0, !unread.isEmpty { at = min(bytes.count, unread[Int.random(in: 0..<unread.count, using: &rng)] + 1 + Int.random(in: 0..<80, using: &rng)) }
                let piece = Self.damage[Int.random(in: 0..<Self.damage.count, using: &rng)]
                if Int.random(in: 0..<3, using: &rng) == 0, at < bytes.count { bytes.remove(at: at) }
                bytes.insert(contentsOf: piece, at: min(at, bytes.count))
            }
            if YAMLTopLevelFilter.omitting(bytes, keeping: SigmaParser.readKeys) != nil { filtered += 1 }
            let whole = YAMLParser.parse(bytes: bytes, path: path)
            var expected = SigmaParser.parse(documents: whole.documents, path: path)
            expected.diagnostics.insert(contentsOf: whole.diagnostics, at: 0)
            if expected.diagnostics.contains(where: { $0.severity == .error }) { errors += 1 }
            let got = SigmaParser.parse(path: path, bytes: bytes)
            #expect(got.rules == expected.rules, "\(path)")
            #expect(got.diagnostics == expected.diagnostics, "\(path)")
        }
        // The damage both broke files and left many still filtered.
        #expect(filtered > 1_000)
        #expect(errors > 300)
    }
}
