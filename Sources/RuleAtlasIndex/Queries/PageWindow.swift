/// `limit` and `offset` of a list method, validated as API.md says (default 20, at most 1000).
public struct PageWindow: Sendable, Equatable {
    public static let defaultLimit = 20
    public static let maxLimit = 1000

    public var limit: Int
    public var offset: Int

    public init(limit: Int? = nil, offset: Int? = nil) throws(IndexQueryError) {
        let l = limit ?? Self.defaultLimit
        let o = offset ?? 0
        guard l >= 0, l <= Self.maxLimit else {
            throw .badArgument("limit \(l) is out of range", hint: "limit must be between 0 and \(Self.maxLimit)")
        }
        guard o >= 0 else { throw .badArgument("offset \(o) is negative", hint: "offset must be 0 or more") }
        self.limit = l
        self.offset = o
    }

    /// Everything: for lists whose every item is wanted (internal callers, renderers).
    public static let all = PageWindow(unchecked: Int.max, 0)

    /// A window whose bounds were checked already (by the wire layer); clamped, never thrown.
    public init(checkedLimit limit: Int, offset: Int) {
        self.init(unchecked: Swift.max(0, limit), Swift.max(0, offset))
    }

    private init(unchecked limit: Int, _ offset: Int) {
        self.limit = limit
        self.offset = offset
    }

    /// The page of `items`.
    public func page<T>(_ items: [T]) -> [T] {
        guard offset < items.count else { return [] }
        let end = limit > items.count - offset ? items.count : offset + limit
        return Array(items[offset..<end])
    }
}

/// A page of a list result: the full size and the items of the page.
public struct Page<Item: Sendable>: Sendable {
    public var total: Int
    public var items: [Item]

    public init(total: Int, items: [Item]) {
        self.total = total
        self.items = items
    }
}

extension Page: Equatable where Item: Equatable {}
