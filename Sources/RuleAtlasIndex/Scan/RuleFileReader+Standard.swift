import RuleAtlasModel

extension RuleFileReader {
    /// The parsers this build has, by vendor.
    public static let standardParsers: [Vendor: Parse] = [:]

    /// Every available parser, the default size cap.
    public static let standard = RuleFileReader(parsers: standardParsers)
}
