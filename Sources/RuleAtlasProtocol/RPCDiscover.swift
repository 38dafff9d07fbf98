import RuleAtlasJSON
import RuleAtlasJSONRPC

/// `rpc.discover`: the OpenRPC document (`proto-docs/openrpc.json`, embedded at build time).
public enum RPCDiscover: RPCRequestType {
    public static let method = "rpc.discover"
    public typealias Params = NoParams
    public typealias Result = JSON

    /// The embedded document, parsed once.
    public static let document: JSON = {
        do {
            return try JSONParser.parse(OpenRPCDocument.text)
        } catch {
            return ["openrpc": "1.3.2", "info": ["title": "RuleAtlas", "version": "unavailable"], "methods": [],
                    "x-error": JSON("embedded document does not parse: \(error)")]
        }
    }()

    /// Registers the handler serving `document`.
    public static func register(on engine: RPCEngine) {
        register(on: engine) { _, _ in document }
    }
}
