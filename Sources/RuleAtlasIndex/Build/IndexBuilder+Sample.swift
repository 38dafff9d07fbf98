import RuleAtlasElastic
import RuleAtlasSigma

extension IndexBuilder {
    /// The built-in sample corpus (every vendor that has one), as `(path, text)` files.
    public static var sampleFiles: [(path: String, text: String)] { SigmaSampleCorpus.files + ElasticSampleCorpus.files }

    /// Indexes the built-in sample corpus: what the daemon serves with no `--rules`.
    public func buildSample(generation: Int = 1) -> IndexSnapshot {
        let reader = self.reader
        let files = Self.sampleFiles
        let read = parallelMap(files.count) { reader.classify(path: files[$0].path, bytes: Array(files[$0].text.utf8)) }
        return build(files: read, generation: generation)
    }
}
