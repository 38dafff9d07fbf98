import RuleAtlasIndex

/// Snapshots of the real corpora, built once per test process and shared by every test.
public enum IndexFixtures {
    /// `SharedData.sigmaRules` with the built-in catalogs.
    public static let sigma: IndexSnapshot = IndexBuilder(roots: [SharedData.sigmaRules.path]).build()

    /// Every corpus under `SharedData.corpora` (Sigma, Elastic, Splunk, Sentinel).
    public static let all: IndexSnapshot = IndexBuilder(roots: ["sigma/rules", "elastic/rules", "splunk", "sentinel"].map {
        SharedData.corpora.appendingPathComponent($0).path
    }).build()
}
