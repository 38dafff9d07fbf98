import Foundation
import RuleAtlasIndex
import RuleAtlasModel
import RuleAtlasTestSupport
import Testing

/// The real corpora load completely through the scanner and the vendor parsers.
@Suite struct CorpusLoadTests {
    @Test func everySigmaFileLoads() throws {
        let snap = IndexFixtures.sigma
        let yml = try FileManager.default.subpathsOfDirectory(atPath: SharedData.sigmaRules.path).filter { $0.hasSuffix(".yml") }
        let status = snap.status
        #expect(status.filesTotal == yml.count)
        #expect(status.filesFailed == 0)
        #expect(status.rulesByVendor[.sigma] == yml.count)
        #expect(status.skippedByVendor.isEmpty)
        #expect(!snap.diagnostics.contains { $0.severity == .error })
        #expect(snap.generation == 1)
    }

    @Test func vendorsAreDetectedAcrossTheCorpora() throws {
        let snap = IndexFixtures.all
        let status = snap.status
        #expect((status.rulesByVendor[.sigma] ?? 0) > 3000)
        #expect((status.rulesByVendor[.elastic] ?? 0) > 1500)
        // Splunk and Sentinel detections are recognised; without their parsers they are skipped.
        let splunkDetections = try FileManager.default.subpathsOfDirectory(atPath: SharedData.corpora.appendingPathComponent("splunk/detections").path)
            .filter { $0.hasSuffix(".yml") }.count
        #expect(status.skippedByVendor[.splunk] == splunkDetections)
        #expect((status.skippedByVendor[.kql] ?? 0) > 200)
        // Macros, data sources, READMEs and licences say nothing.
        #expect(!snap.diagnostics.contains { $0.path.contains("/macros/") || $0.path.contains("/data_sources/") })
        let sigmaOnly = try snap.techniqueGet("T1543.003", filter: IndexFilter(vendors: [.sigma]))
        #expect(sigmaOnly.ruleCount == 38)
        let both = try snap.techniqueGet("T1543.003")
        #expect(both.ruleCount == 38 + (both.rulesByVendor.first { $0.vendor == .elastic }?.rules.count ?? 0))
        #expect(both.rulesByVendor.map(\.vendor) == [.sigma, .elastic])
    }
}

@Suite struct SampleCorpusTests {
    @Test func sampleCorpusAnswersWithEveryVendorThatHasOne() throws {
        let snap = IndexBuilder(roots: []).buildSample()
        let status = snap.status
        #expect(status.filesTotal == IndexBuilder.sampleFiles.count)
        #expect(status.filesFailed == 0)
        #expect((status.rulesByVendor[.sigma] ?? 0) >= 30)
        #expect((status.rulesByVendor[.elastic] ?? 0) > 0)
        #expect(try snap.techniqueGet("T1543.003").ruleCount > 0)
    }
}
