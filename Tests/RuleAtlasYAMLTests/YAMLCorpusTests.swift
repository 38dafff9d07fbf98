import Foundation
import RuleAtlasYAML
import RuleAtlasTestSupport
import Testing

@Suite struct YAMLCorpusTests {
    @Test func everySigmaFileParsesCleanly() throws {
        let root = SharedData.sigmaRules
        let walker = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var files = 0
        var largest = 0
        for case let url as URL in walker where url.pathExtension == "yml" {
            let bytes = [UInt8](try Data(contentsOf: url))
            let r = YAMLParser.parse(bytes: bytes, path: url.path)
            for d in r.diagnostics { print(d) }
            #expect(r.diagnostics.isEmpty)
            #expect(r.documents.count == 1)
            files += 1
            largest = max(largest, bytes.count)
        }
        #expect(files == 3141)
        #expect(largest > 290_000)
    }
}
