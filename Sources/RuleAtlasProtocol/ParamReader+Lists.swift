import RuleAtlasJSONRPC
import RuleAtlasModel

/// Which rules a query counts: `vendors` (all four when omitted) and `includeDeprecated`.
public struct RuleFilter: Sendable, Equatable {
    public var vendors: [Vendor]
    public var includeDeprecated: Bool

    public init(vendors: [Vendor] = Vendor.allCases, includeDeprecated: Bool = false) {
        self.vendors = vendors
        self.includeDeprecated = includeDeprecated
    }

    public static let names = ["vendors", "includeDeprecated"]
}

/// `limit` (default 20, at most 1000) and `offset` (default 0) of a list result.
public struct Paging: Sendable, Equatable {
    public static let defaultLimit = 20
    public static let maxLimit = 1000

    public var limit: Int
    public var offset: Int

    public init(limit: Int = Paging.defaultLimit, offset: Int = 0) {
        self.limit = limit
        self.offset = offset
    }

    public static let names = ["limit", "offset"]

    /// The window of `items` this paging selects.
    public func page<T>(_ items: [T]) -> [T] {
        guard offset < items.count else { return [] }
        return Array(items[offset..<min(items.count, offset + limit)])
    }
}

extension ParamReader {
    /// `vendors` (each one of sigma, elastic, splunk, kql; 1002 otherwise) and `includeDeprecated`.
    public func ruleFilter() throws(RPCError) -> RuleFilter {
        var filter = RuleFilter()
        if let words = try optionalStringArray("vendors") {
            guard !words.isEmpty else {
                throw .badArgument("'vendors' is empty", hint: "omit vendors for all, or name some of: sigma, elastic, splunk, kql")
            }
            var vendors: [Vendor] = []
            for word in words {
                guard let v = Vendor(rawValue: word.lowercased()) else {
                    throw .badArgument("unknown vendor '\(word)'", hint: "vendors are sigma, elastic, splunk, kql")
                }
                if !vendors.contains(v) { vendors.append(v) }
            }
            filter.vendors = vendors.sorted()
        }
        filter.includeDeprecated = try optionalBool("includeDeprecated") ?? false
        return filter
    }

    /// `limit` (0...1000, default 20) and, when `withOffset`, `offset` (>= 0, default 0).
    public func paging(withOffset: Bool = true) throws(RPCError) -> Paging {
        var paging = Paging()
        if let limit = try optionalInt("limit") {
            guard limit >= 0, limit <= Paging.maxLimit else {
                throw .badArgument("limit \(limit) is out of range", hint: "limit is between 0 and \(Paging.maxLimit) (default \(Paging.defaultLimit))")
            }
            paging.limit = limit
        }
        if withOffset, let offset = try optionalInt("offset") {
            guard offset >= 0 else { throw .badArgument("offset \(offset) is negative", hint: "offset counts from 0") }
            paging.offset = offset
        }
        return paging
    }
}
