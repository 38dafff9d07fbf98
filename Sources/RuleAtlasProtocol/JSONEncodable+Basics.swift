import RuleAtlasJSON

extension JSON: JSONEncodable {
    public var json: JSON { self }
}

extension String: JSONEncodable {
    public var json: JSON { .string(self) }
}

extension Bool: JSONEncodable {
    public var json: JSON { .bool(self) }
}

extension Int: JSONEncodable {
    public var json: JSON { JSON(self) }
}

extension Double: JSONEncodable {
    public var json: JSON { JSON(self) }
}

extension Array: JSONEncodable where Element: JSONEncodable {
    public var json: JSON { .array(map(\.json)) }
}

extension Optional: JSONEncodable where Wrapped: JSONEncodable {
    public var json: JSON { self?.json ?? .null }
}

extension Dictionary: JSONEncodable where Key == String, Value: JSONEncodable {
    /// Keys sorted, so output is stable.
    public var json: JSON { .object(JSONObject(sorted { $0.key < $1.key }.map { ($0.key, $0.value.json) })) }
}

/// `{total, items}`: the shape of every list result.
public struct ListResult<Item: JSONEncodable>: JSONEncodable {
    public var total: Int
    public var items: [Item]

    public init(total: Int, items: [Item]) {
        self.total = total
        self.items = items
    }

    public var json: JSON { ["total": JSON(total), "items": items.json] }
}

extension ListResult: Sendable where Item: Sendable {}
extension ListResult: Equatable where Item: Equatable {}
