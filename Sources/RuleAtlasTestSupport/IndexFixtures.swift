import RuleAtlasIndex

/// Snapshots of the real corpora, built once per test process and shared by every test.
public enum IndexFixtures {
    /// `SharedData.sigmaRules` with the built-in catalogs.
    public static let sigma: IndexSnapshot = IndexBuilder(roots: [SharedData.sigmaRules.path]).build()
}
