/// Elastic rules written by the project, in every query language the parser reads, for
/// the built-in sample corpus (paths `sample/elastic/*.toml`). They parse without
/// diagnostics.
public enum ElasticSampleCorpus {
    public static let files: [(path: String, text: String)] = windowsProcessRules + windowsEventLogRules + cloudAndLinuxRules
}
