/// One EQL (or ES|QL) token with its byte offset in the query.
struct EQLToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// Identifier or dotted field name; `~` suffix kept (`like~`, `startsWith~`).
        case ident
        /// `?field`: an optional field.
        case optionalIdent
        /// Backquoted name, backquotes removed.
        case quotedIdent
        /// String with escapes resolved; `raw` for `"""..."""`.
        case string(raw: Bool)
        /// Number, possibly with a unit suffix (`1m`, `30s`).
        case number
        /// Operator or punctuation (`==`, `!=`, `<=`, `:`, `(`, `[`, `,`, `|`, `=`, `+`).
        case symbol
        case end
    }

    var kind: Kind
    var text: String
    var offset: Int

    func isSymbol(_ s: String) -> Bool { kind == .symbol && text == s }

    /// A keyword, compared case-insensitively (`where`, `WHERE`).
    func isWord(_ w: String) -> Bool {
        kind == .ident && text.utf8.count == w.utf8.count && text.lowercased() == w
    }
}
