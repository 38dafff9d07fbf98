/// Nesting counter shared by the recursive-descent query parsers: deeper than `limit`
/// is a syntax error, never a stack overflow.
struct NestingDepth {
    static let limit = 200
    private(set) var value = 0

    mutating func enter(at offset: Int) throws(QuerySyntaxError) {
        guard value < Self.limit else { throw QuerySyntaxError("nesting deeper than \(Self.limit)", at: offset) }
        value += 1
    }

    mutating func leave() { value -= 1 }
}
