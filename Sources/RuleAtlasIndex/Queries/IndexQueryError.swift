/// Why a query over a snapshot has no answer. The server maps these to API.md codes:
/// `notFound` is 1001, `badArgument` is 1002 with `data.hint`.
public enum IndexQueryError: Error, Sendable, Equatable {
    case notFound(String)
    case badArgument(String, hint: String)
}
