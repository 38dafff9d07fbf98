import Foundation
import RuleAtlasModel
import RuleAtlasSigma
import RuleAtlasTestSupport

/// The SigmaHQ corpus under `SharedData.sigmaRules`, read and parsed once per test run.
enum SigmaCorpus {
    /// Every `.yml` file, sorted by path relative to the corpus root.
    static let files: [(path: String, bytes: [UInt8])] = {
        let root = SharedData.sigmaRules
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var out: [(String, [UInt8])] = []
        for case let url as URL in walker where url.pathExtension == "yml" {
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            let relative = String(url.path.dropFirst(root.path.count + 1))
            out.append(("rules/" + relative, [UInt8](data)))
        }
        return out.sorted { $0.0 < $1.0 }
    }()

    static let parsed: [ParsedFile] = files.map { SigmaParser.parse(path: $0.path, bytes: $0.bytes) }

    static var rules: [Rule] { parsed.flatMap(\.rules) }

    static func rule(_ path: String) -> Rule? {
        parsed.first { $0.path == path }?.rules.first
    }

    static func bytes(_ path: String) -> [UInt8]? {
        files.first { $0.path == path }?.bytes
    }
}
