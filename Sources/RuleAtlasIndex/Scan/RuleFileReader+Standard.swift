import RuleAtlasElastic
import RuleAtlasModel
import RuleAtlasSigma

extension RuleFileReader {
    /// The parsers this build has, by vendor.
    public static let standardParsers: [Vendor: Parse] = [
        .sigma: { path, bytes in SigmaParser.parse(path: path, bytes: bytes) },
        .elastic: { path, bytes in ElasticParser.parse(path: path, bytes: bytes) },
    ]

    /// Every available parser, the default size cap.
    public static let standard = RuleFileReader(parsers: standardParsers)
}
