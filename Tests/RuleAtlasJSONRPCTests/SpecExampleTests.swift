import Testing
import RuleAtlasJSON
import RuleAtlasTestSupport
@testable import RuleAtlasJSONRPC

/// Every example of the JSON-RPC 2.0 specification, section 7, in both framings.
/// Positional params are not supported (API.md: methods take named params), so the
/// examples with a non-empty params array answer -32602 with their id.
@Suite struct SpecExampleTests {
    struct Example {
        var request: String
        /// nil: nothing is sent.
        var response: JSON?
    }

    static let examples: [Example] = [
        Example(request: #"{"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": 1}"#,
                response: ["jsonrpc": "2.0", "id": 1, "error": "-32602"]),
        Example(request: #"{"jsonrpc": "2.0", "method": "subtract", "params": [23, 42], "id": 2}"#,
                response: ["jsonrpc": "2.0", "id": 2, "error": "-32602"]),
        Example(request: #"{"jsonrpc": "2.0", "method": "subtract", "params": {"subtrahend": 23, "minuend": 42}, "id": 3}"#,
                response: ["jsonrpc": "2.0", "result": 19, "id": 3]),
        Example(request: #"{"jsonrpc": "2.0", "method": "subtract", "params": {"minuend": 42, "subtrahend": 23}, "id": 4}"#,
                response: ["jsonrpc": "2.0", "result": 19, "id": 4]),
        Example(request: #"{"jsonrpc": "2.0", "method": "update", "params": [1,2,3,4,5]}"#, response: nil),
        Example(request: #"{"jsonrpc": "2.0", "method": "foobar"}"#, response: nil),
        Example(request: #"{"jsonrpc": "2.0", "method": "foobar", "id": "1"}"#,
                response: ["jsonrpc": "2.0", "id": "1", "error": "-32601"]),
        Example(request: #"{"jsonrpc": "2.0", "method": "foobar, "params": "bar", "baz]"#,
                response: ["jsonrpc": "2.0", "id": nil, "error": "-32700"]),
        Example(request: #"{"jsonrpc": "2.0", "method": 1, "params": "bar"}"#,
                response: ["jsonrpc": "2.0", "id": nil, "error": "-32600"]),
        Example(request: #"[ {"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"}, {"jsonrpc": "2.0", "method" ]"#,
                response: ["jsonrpc": "2.0", "id": nil, "error": "-32700"]),
        Example(request: "[]", response: ["jsonrpc": "2.0", "id": nil, "error": "-32600"]),
        Example(request: "[1]", response: [["jsonrpc": "2.0", "id": nil, "error": "-32600"]]),
        Example(request: "[1,2,3]", response: [
            ["jsonrpc": "2.0", "id": nil, "error": "-32600"], ["jsonrpc": "2.0", "id": nil, "error": "-32600"],
            ["jsonrpc": "2.0", "id": nil, "error": "-32600"],
        ]),
        Example(request: """
            [
                {"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"},
                {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]},
                {"jsonrpc": "2.0", "method": "subtract", "params": [42,23], "id": "2"},
                {"foo": "boo"},
                {"jsonrpc": "2.0", "method": "foo.get", "params": {"name": "myself"}, "id": "5"},
                {"jsonrpc": "2.0", "method": "get_data", "id": "9"}
            ]
            """, response: [
                ["jsonrpc": "2.0", "id": "1", "error": "-32602"],
                ["jsonrpc": "2.0", "id": "2", "error": "-32602"],
                ["jsonrpc": "2.0", "id": nil, "error": "-32600"],
                ["jsonrpc": "2.0", "id": "5", "error": "-32601"],
                ["jsonrpc": "2.0", "result": ["hello", 5], "id": "9"],
            ]),
        Example(request: """
            [
                {"jsonrpc": "2.0", "method": "notify_sum", "params": [1,2,4]},
                {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]}
            ]
            """, response: nil),
    ]

    /// Replaces each error object by its code as a string, so expectations stay short.
    static func summarize(_ json: JSON) -> JSON {
        switch json {
        case .array(let items): return .array(items.map(summarize))
        case .object(var o):
            if let code = o["error"]?["code"]?.intValue { o["error"] = .string(String(code)) }
            return .object(JSONObject(o.pairs.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
        default: return json
        }
    }

    static func normalized(_ json: JSON?) -> JSON? { json.map(summarize) }

    @Test(arguments: [Framing.newline, Framing.contentLength], [true, false])
    func everyExampleThroughTheEngine(framing: Framing, fastPath: Bool) throws {
        let fixture = EngineFixture(fastPath: fastPath)
        var stream: [UInt8] = []
        for example in Self.examples {
            // A newline-framed message must be one line.
            let text = framing == .newline ? example.request.replacingNewlines() : example.request
            framing.encode(Array(text.utf8), into: &stream)
        }
        let (decoded, disagreements) = FramingVerifier.verify(stream)
        #expect(disagreements.isEmpty)
        #expect(decoded.error == nil)
        #expect(decoded.framing == framing)
        #expect(decoded.bodies.count == Self.examples.count)
        for (body, example) in zip(decoded.bodies, Self.examples) {
            let response = try fixture.respond(body).map { try JSONParser.parse($0) }
            #expect(Self.normalized(response) == Self.normalized(example.response), "\(example.request)")
        }
        #expect(fixture.strayBytes == 0)
    }
}

extension String {
    func replacingNewlines() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }
}
