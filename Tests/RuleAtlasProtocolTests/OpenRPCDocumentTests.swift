import Foundation
import Testing
import RuleAtlasJSON
import RuleAtlasJSONRPC
@testable import RuleAtlasProtocol

/// `proto-docs/openrpc.json` is the source of truth; `OpenRPCDocument.swift` embeds it so a
/// release binary serves it from any directory. This suite regenerates the embedded copy
/// when it is stale (and fails, so the next build picks it up) and holds `AllMethods`
/// against the document.
@Suite struct OpenRPCDocumentTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let documentURL = packageRoot.appendingPathComponent("proto-docs/openrpc.json")
    static let embeddedURL = packageRoot.appendingPathComponent("Sources/RuleAtlasProtocol/OpenRPCDocument.swift")

    static func swiftSource(embedding json: String) -> String {
        """
        // Generated from proto-docs/openrpc.json by OpenRPCDocumentTests; edit the JSON, not this file.
        enum OpenRPCDocument {
            static let text = #\"\"\"
        \(json.hasSuffix("\n") ? String(json.dropLast()) : json)
        \"\"\"#
        }

        """
    }

    static func document() throws -> JSON {
        try JSONParser.parse(Array(try Data(contentsOf: documentURL)))
    }

    @Test func embeddedCopyIsCurrent() throws {
        let json = try String(contentsOf: Self.documentURL, encoding: .utf8)
        #expect(!json.contains("\"\"\"#"))
        let expected = Self.swiftSource(embedding: json)
        let current = try String(contentsOf: Self.embeddedURL, encoding: .utf8)
        if current != expected {
            try expected.write(to: Self.embeddedURL, atomically: true, encoding: .utf8)
            Issue.record("OpenRPCDocument.swift was stale and has been regenerated: rebuild and run the tests again")
        }
        #expect(RPCDiscover.document == (try Self.document()))
    }

    @Test func documentIsOpenRPC13() throws {
        let doc = try Self.document()
        #expect(doc["openrpc"]?.stringValue?.hasPrefix("1.3") == true)
        #expect(doc["info"]?["title"] == "RuleAtlas")
    }

    @Test func allMethodsMatchTheDocumentNamesAndParams() throws {
        let methods = try #require(try Self.document()["methods"]?.arrayValue)
        #expect(methods.compactMap { $0["name"]?.stringValue } == AllMethods.names)
        for method in methods {
            let name = try #require(method["name"]?.stringValue)
            let documented = method["params"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
            #expect(AllMethods.paramNames(of: name).map(Set.init) == Set(documented), "\(name)")
        }
    }

    @Test func everyMethodHasAnExampleWhoseParamsDecode() throws {
        let methods = try #require(try Self.document()["methods"]?.arrayValue)
        for method in methods {
            let name = try #require(method["name"]?.stringValue)
            let examples = method["examples"]?.arrayValue ?? []
            #expect(!examples.isEmpty, "\(name) has no example")
            #expect(method["result"]?["schema"] != nil, "\(name) has no result schema")
            #expect(method["errors"]?.arrayValue?.isEmpty == false, "\(name) lists no errors")
            for example in examples {
                var params = JSONObject()
                for p in example["params"]?.arrayValue ?? [] {
                    if let k = p["name"]?.stringValue, let v = p["value"] { params[k] = v }
                }
                #expect(example["result"]?["value"] != nil)
                let type = try #require(AllMethods.list.first { $0.method == name })
                #expect(throws: Never.self, "\(name)") { try Self.decode(type, params) }
            }
        }
    }

    /// Required params in the document are exactly those whose absence is -32602.
    @Test func requiredFlagsMatchDecoding() throws {
        let methods = try #require(try Self.document()["methods"]?.arrayValue)
        for method in methods {
            let name = try #require(method["name"]?.stringValue)
            let type = try #require(AllMethods.list.first { $0.method == name })
            let required = (method["params"]?.arrayValue ?? []).filter { $0["required"] == true }
            guard let example = method["examples"]?.arrayValue?.first else { continue }
            var full = JSONObject()
            for p in example["params"]?.arrayValue ?? [] {
                if let k = p["name"]?.stringValue, let v = p["value"] { full[k] = v }
            }
            for r in required {
                let key = try #require(r["name"]?.stringValue)
                var missing = full
                missing[key] = nil
                let error = #expect(throws: RPCError.self, "\(name) without \(key)") { try Self.decode(type, missing) }
                #expect(error?.code == -32602)
            }
        }
    }

    static func decode(_ type: any RPCRequestType.Type, _ params: JSONObject) throws(RPCError) {
        try decode(params, as: type)
    }

    private static func decode<T: RPCRequestType>(_ params: JSONObject, as type: T.Type) throws(RPCError) {
        _ = try T.Params(params: params)
    }
}
