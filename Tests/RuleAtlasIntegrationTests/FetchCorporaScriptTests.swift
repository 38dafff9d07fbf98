import Foundation
import Testing

/// `deploy/fetch-corpora.sh --dry-run` prints the exact clone plan without touching the network.
@Suite struct FetchCorporaScriptTests {
    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("deploy/fetch-corpora.sh").path

    func run(_ args: [String]) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = [Self.script] + args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    @Test func dryRunPinsEveryCorpusAtItsCommit() throws {
        let dest = NSTemporaryDirectory() + "ruleatlas-fetch-\(getpid())"
        let r = try run(["--dry-run", "--dest", dest])
        #expect(r.status == 0)
        let pins = [
            "SigmaHQ/sigma.git": "8eaafff1f2845a696050e05e72ba1140ee190698",
            "elastic/detection-rules.git": "14cf530f0d2177023092449cd9d9348b4a8884c2",
            "splunk/security_content.git": "b13b314aed0e1778335a55620474e7d27289a20a",
            "Azure/Azure-Sentinel.git": "036815610f4f352163aaace4d3f287cd2ae29aeb",
            "mitre/cti.git": "421deacb77191b38bdd1bf63268954e93da91365",
        ]
        for (repo, commit) in pins {
            #expect(r.out.contains("git clone --filter=blob:none --no-checkout https://github.com/\(repo)"), "\(repo)")
            #expect(r.out.contains("checkout --detach \(commit)"), "\(commit)")
        }
        // Sentinel is a sparse checkout of its analytic rules only.
        #expect(r.out.contains("sparse-checkout set --no-cone Detections /Solutions/\\*/Analytic\\?Rules/"))
        // Nothing was created: a dry run only prints.
        #expect(!FileManager.default.fileExists(atPath: dest))
    }

    @Test func onlySelectsCorpora() throws {
        let r = try run(["--dry-run", "--only", "sigma"])
        #expect(r.status == 0)
        #expect(r.out.contains("SigmaHQ/sigma"))
        #expect(!r.out.contains("mitre/cti"))
    }

    @Test func unknownArgumentsAreUsageErrors() throws {
        #expect(try run(["--bogus"]).status == 2)
        let r = try run(["--only", "nosuch", "--dry-run"])
        #expect(r.status == 2)
        #expect(r.err.contains("unknown corpus 'nosuch'"))
    }
}
