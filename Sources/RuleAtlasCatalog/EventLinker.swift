import RuleAtlasModel

/// Links a rule's log-source selectors to catalog events (logsource -> events table).
///
/// CONTRACT (implemented by the catalog work, used by every vendor parser).
public struct EventLinker: Sendable {
    public static let builtin = EventLinker()

    public init() {}

    /// Sigma: `logsource` triple plus the `EventID` and `Provider_Name` values the
    /// detection filters on (positive predicates only), narrowing multi-event sources.
    public func sigma(product: String?, category: String?, service: String?, eventIDs: [Int], providers: [String]) -> [EventRef] {
        []
    }

    /// Other vendors: selectors of `logsource-events` kinds (`index`, `eql_category`,
    /// `event.code`, `event.action`, `event.dataset`, `macro`, `datamodel`, `table`,
    /// `table+ActionType`, ...) plus event ids and actions from the rule's filters.
    public func link(vendor: String, selectors: [(kind: String, value: String)], eventIDs: [Int], actions: [String]) -> [EventRef] {
        []
    }
}
