/// Every method of the API, in `proto-docs/openrpc.json` order; the server builds its
/// registry from it and a test holds it against the document.
public enum AllMethods {
    public static let list: [any RPCRequestType.Type] = [
        RPCDiscover.self, ServerPing.self, ServerStatus.self, ServerReload.self,
        TechniqueGet.self, TechniqueSearch.self, CoverageMatrix.self, CoverageLayer.self,
        IndicatorsRank.self, IndicatorsLookup.self, RuleGet.self, RulesSearch.self, EventGet.self,
        AuthoringAnalyze.self, AuthoringSuggest.self, IndexSubscribe.self, IndexUnsubscribe.self,
    ]

    /// The wire names, in list order.
    public static var names: [String] { list.map { $0.method } }

    /// The param names a method accepts, or nil for an unknown method.
    public static func paramNames(of method: String) -> [String]? {
        guard let type = list.first(where: { $0.method == method }) else { return nil }
        return paramNames(type)
    }

    private static func paramNames<T: RPCRequestType>(_ type: T.Type) -> [String] { T.Params.names }
}
