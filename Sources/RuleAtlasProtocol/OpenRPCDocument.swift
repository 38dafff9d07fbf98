// Generated from proto-docs/openrpc.json by OpenRPCDocumentTests; edit the JSON, not this file.
enum OpenRPCDocument {
    static let text = #"""
{}
"""#
}
