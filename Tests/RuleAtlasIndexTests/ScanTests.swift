import Foundation
import RuleAtlasIndex
import RuleAtlasModel
import Testing

@Suite struct ScanTests {
    /// A temporary rules tree removed at the end of each test.
    final class Tree {
        let root: String

        init() throws {
            root = NSTemporaryDirectory() + "ruleatlas-scan-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        func write(_ rel: String, _ text: String) throws {
            try write(rel, Data(text.utf8))
        }

        func write(_ rel: String, _ data: Data) throws {
            let url = URL(fileURLWithPath: root + "/" + rel)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }

    static let sigma = "title: T\nid: x\nlogsource:\n  product: windows\ndetection:\n  sel:\n    Image|endswith: a\n  condition: sel\n"
    static let splunk = "name: S\nid: 1\nsearch: '| tstats count'\ntags:\n  analytic_story: [x]\n"
    static let sentinel = "id: 2\nname: K\nquery: |\n  SecurityEvent\nqueryFrequency: 1h\n"
    static let macro = "definition: index=main\nname: sysmon\n"
    static let elastic = "[metadata]\ncreation_date = \"2020/01/01\"\n\n[rule]\nname = \"E\"\n"

    @Test func sniffsVendorsFromContent() {
        #expect(VendorSniffer.detect(Array(Self.sigma.utf8), toml: false) == .sigma)
        #expect(VendorSniffer.detect(Array("title: c\ncorrelation:\n  type: event_count\n".utf8), toml: false) == .sigma)
        #expect(VendorSniffer.detect(Array(Self.splunk.utf8), toml: false) == .splunk)
        #expect(VendorSniffer.detect(Array(Self.sentinel.utf8), toml: false) == .kql)
        #expect(VendorSniffer.detect(Array(Self.macro.utf8), toml: false) == nil)
        #expect(VendorSniffer.detect(Array(Self.elastic.utf8), toml: true) == .elastic)
        #expect(VendorSniffer.detect(Array("[metadata]\nx = 1\n".utf8), toml: true) == nil)
        // Keys inside a block are not top-level keys.
        #expect(VendorSniffer.detect(Array("title: t\nfoo:\n  detection: x\n  logsource: y\n".utf8), toml: false) == nil)
        #expect(VendorSniffer.detect(Array("\u{FEFF}\"detection\": 1\r\nlogsource: 2\r\n".utf8), toml: false) == .sigma)
    }

    @Test func scanClassifiesEveryCandidateAndSurvivesLinkLoops() throws {
        let t = try Tree()
        try t.write("sigma/a.yml", Self.sigma)
        try t.write("sigma/README.md", "# readme")
        try t.write("splunk/detections/d.yml", Self.splunk)
        try t.write("splunk/macros/m.yml", Self.macro)
        try t.write("sentinel/r.yaml", Self.sentinel)
        try t.write("elastic/e.toml", Self.elastic)
        try t.write("bin/blob.yml", Data([0x74, 0x3A, 0x0A, 0x00, 0x01]))
        try t.write("big/huge.yml", String(repeating: "a: b\n", count: 400))
        try FileManager.default.createSymbolicLink(atPath: t.root + "/sigma/loop", withDestinationPath: t.root)
        try FileManager.default.createSymbolicLink(atPath: t.root + "/dangling.yml", withDestinationPath: t.root + "/nowhere.yml")

        let scan = CorpusScanner().scan(roots: [t.root, t.root + "/missing"])
        #expect(scan.paths.count == 7)
        #expect(scan.paths == scan.paths.sorted())
        #expect(scan.diagnostics.contains { $0.path.hasSuffix("/missing") })
        #expect(scan.diagnostics.contains { $0.path.hasSuffix("dangling.yml") })

        let parsed: RuleFileReader.Parse = { path, _ in
            ParsedFile(path: path, vendor: .sigma, rules: [Rule(id: "x", title: "T", vendor: .sigma, path: path)])
        }
        let reader = RuleFileReader(parsers: [.sigma: parsed], maxFileSize: 1000)
        let snap = IndexBuilder(roots: [t.root, t.root + "/missing"], reader: reader).build()
        func kind(_ suffix: String) -> IndexedFile.Kind? { snap.files.first { $0.file.path.hasSuffix(suffix) }?.file.kind }
        #expect(kind("sigma/a.yml") == .rules(.sigma))
        #expect(kind("splunk/detections/d.yml") == .unsupported(.splunk))
        #expect(kind("splunk/macros/m.yml") == .notRule)
        #expect(kind("sentinel/r.yaml") == .unsupported(.kql))
        #expect(kind("elastic/e.toml") == .unsupported(.elastic))
        #expect(kind("bin/blob.yml") == .unreadable)
        #expect(kind("big/huge.yml") == .unreadable)
        let status = snap.status
        #expect(status.rulesTotal == 1)
        #expect(status.filesTotal == 7)
        #expect(status.filesFailed == 2)
        #expect(status.skippedByVendor == [Vendor.splunk: 1, Vendor.kql: 1, Vendor.elastic: 1])
        #expect(snap.diagnostics.contains { $0.path.hasSuffix("blob.yml") && $0.line == 2 && $0.message.contains("binary") })
        #expect(snap.diagnostics.contains { $0.path.hasSuffix("huge.yml") && $0.message.contains("cap") })
        #expect(!snap.diagnostics.contains { $0.path.contains("macros") || $0.path.contains("README") })
    }

    @Test func updateRereadsChangedAndDeletedFiles() throws {
        let t = try Tree()
        try t.write("a.yml", Self.sigma)
        try t.write("b.yml", Self.sigma.replacingOccurrences(of: "id: x", with: "id: y"))
        let parse: RuleFileReader.Parse = { path, bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            let id = text.contains("id: y") ? "y" : (text.contains("id: z") ? "z" : "x")
            return ParsedFile(path: path, vendor: .sigma, rules: [
                Rule(id: id, title: id, vendor: .sigma, path: path, techniques: [TechniqueID("T1000")!]),
            ])
        }
        let builder = IndexBuilder(roots: [t.root], reader: RuleFileReader(parsers: [.sigma: parse]))
        let first = builder.build()
        #expect(first.rules.map { $0.rule.id } == ["x", "y"])
        try t.write("b.yml", Self.sigma.replacingOccurrences(of: "id: x", with: "id: z"))
        try FileManager.default.removeItem(atPath: t.root + "/a.yml")
        let second = builder.update(first, changed: [t.root + "/a.yml", t.root + "/b.yml"])
        #expect(second.rules.map { $0.rule.id } == ["z"])
        #expect(second.generation == 2)
        #expect(try second.techniqueGet("T1000").ruleCount == 1)
    }
}
