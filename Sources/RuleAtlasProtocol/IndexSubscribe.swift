import RuleAtlasJSON
import RuleAtlasModel

/// `index.subscribe`: answers `true`; afterwards the connection receives `index.changed`
/// notifications (`IndexChanged`) after each reload.
public enum IndexSubscribe: RPCRequestType {
    public static let method = "index.subscribe"
    public typealias Params = NoParams
    public typealias Result = Bool
}

/// `index.unsubscribe`: answers `true`; no more `index.changed` notifications.
public enum IndexUnsubscribe: RPCRequestType {
    public static let method = "index.unsubscribe"
    public typealias Params = NoParams
    public typealias Result = Bool
}

/// The `index.changed` notification (server to client): counts, not ids.
public struct IndexChanged: JSONEncodable, Sendable, Equatable {
    public static let method = "index.changed"

    public var generation: Int
    /// Paths of the files that changed.
    public var changed: [String]
    public var added: Int
    public var removed: Int
    public var updated: Int
    /// Diagnostics of the changed files (parse errors, last good versions kept).
    public var diagnostics: [WireDiagnostic]

    public init(generation: Int, changed: [String], added: Int, removed: Int, updated: Int, diagnostics: [WireDiagnostic]) {
        self.generation = generation
        self.changed = changed
        self.added = added
        self.removed = removed
        self.updated = updated
        self.diagnostics = diagnostics
    }

    public var json: JSON {
        ["generation": JSON(generation), "changed": JSON(strings: changed), "added": JSON(added),
         "removed": JSON(removed), "updated": JSON(updated), "diagnostics": diagnostics.json]
    }
}
