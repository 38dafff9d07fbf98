/// A small corpus of Sigma rules written for RuleAtlas, served when no `--rules` folder
/// is given so that every method answers real questions at once.
///
/// The rules cover the techniques people ask about first (service creation, PowerShell,
/// Run keys, scheduled tasks, LSASS access, signed-binary proxy execution, log clearing),
/// with the exclusions real deployments need. Paths are `sample/sigma/<name>.yml`.
public enum SigmaSampleCorpus {
    public static let files: [(path: String, text: String)] =
        services + execution + persistence + credentials + proxyExecution + other
}
