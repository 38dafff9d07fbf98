/// Entry points for fuzzing: each takes arbitrary bytes, must never crash, and returns a
/// small number derived from the result so the work cannot be optimised away.
public enum ElasticFuzz {
    /// toml++ through the shim, into `TOMLTable`.
    public static func toml(_ bytes: [UInt8]) -> Int {
        switch TOMLDocument.parse(bytes) {
        case .success(let t): return t.entries.count
        case .failure(let e): return -e.line
        }
    }

    /// kuery, then the reducer.
    public static func kuery(_ bytes: [UInt8]) -> Int { query { () throws(QuerySyntaxError) in try KueryParser.parse(String(decoding: bytes, as: UTF8.self)) } }

    /// Lucene `query_string`, then the reducer.
    public static func lucene(_ bytes: [UInt8]) -> Int {
        query { () throws(QuerySyntaxError) in try KueryParser.parse(String(decoding: bytes, as: UTF8.self), lucene: true) }
    }

    /// EQL, then the reducer.
    public static func eql(_ bytes: [UInt8]) -> Int { query { () throws(QuerySyntaxError) in try EQLParser.parse(String(decoding: bytes, as: UTF8.self)).expr } }

    /// ES|QL, then the reducer.
    public static func esql(_ bytes: [UInt8]) -> Int { query { () throws(QuerySyntaxError) in try ESQLParser.parse(String(decoding: bytes, as: UTF8.self)).expr } }

    /// A whole rule file.
    public static func rule(_ bytes: [UInt8]) -> Int {
        let parsed = ElasticParser.parse(path: "fuzz.toml", bytes: bytes)
        return parsed.rules.count * 1000 + parsed.diagnostics.count
    }

    private static func query(_ parse: () throws(QuerySyntaxError) -> QueryExpr) -> Int {
        do {
            var reducer = QueryReducer()
            return reducer.reduce(try parse()).count
        } catch {
            return -1 - error.offset
        }
    }
}
