import Foundation

/// Locates `../shared` (corpora, spec, reference) for tests and benchmarks.
///
/// `$RULEATLAS_SHARED` wins; otherwise the first `shared/` with a `corpora/` folder found
/// walking up from the current directory and from this source file. CI clones the
/// project beside a copy of `shared/`, so the walk finds it there too.
public enum SharedData {
    public static let root: URL = {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["RULEATLAS_SHARED"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        let starts = [URL(fileURLWithPath: fm.currentDirectoryPath), URL(fileURLWithPath: #filePath)]
        for start in starts {
            var dir = start
            for _ in 0..<8 {
                let candidate = dir.appendingPathComponent("shared")
                if fm.fileExists(atPath: candidate.appendingPathComponent("corpora").path) { return candidate }
                dir.deleteLastPathComponent()
            }
        }
        fatalError("shared/ with corpora not found: set RULEATLAS_SHARED")
    }()

    public static var corpora: URL { root.appendingPathComponent("corpora") }
    public static var sigmaRules: URL { corpora.appendingPathComponent("sigma/rules") }
    public static var elasticRules: URL { corpora.appendingPathComponent("elastic/rules") }
    public static var attackBundle: URL { corpora.appendingPathComponent("attack/enterprise-attack.json") }
    public static var reference: URL { root.appendingPathComponent("reference") }
}
