import Foundation
import RuleAtlasJSON
import RuleAtlasTestSupport
import Testing

/// Replays every example of `proto-docs/openrpc.json` against a real daemon serving the
/// built-in sample corpus: each live result must satisfy the method's result schema, and
/// must equal the documented result unless the method's answer depends on time or load.
///
/// `RULEATLAS_REWRITE_EXAMPLES=1` writes the live results of the deterministic methods
/// back into the document instead (then run the tests again: the embedded copy follows).
@Suite(.serialized) struct OpenRPCReplayTests {
    static let documentURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("proto-docs/openrpc.json")
    /// Methods whose results carry clocks, counters or the document itself.
    static let volatile: Set<String> = ["server.status", "server.reload", "rpc.discover"]

    let document: JSON
    let validator: SchemaValidator
    let daemon: DaemonProcess
    let client: SocketClient

    init() throws {
        document = try JSONParser.parse(Array(try Data(contentsOf: Self.documentURL)))
        validator = SchemaValidator(document: document)
        daemon = try DaemonProcess()
        client = try SocketClient(path: daemon.socketPath)
        let deadline = Date().addingTimeInterval(20)
        while (client.call("server.status")?["result"]?["generation"]?.intValue ?? 0) < 1, Date() < deadline { usleep(10_000) }
    }

    var methods: [JSON] { document["methods"]?.arrayValue ?? [] }

    func params(of example: JSON) -> JSON {
        var object = JSONObject()
        for p in example["params"]?.arrayValue ?? [] {
            if let name = p["name"]?.stringValue, let value = p["value"] { object[name] = value }
        }
        return .object(object)
    }

    func live(_ method: String, _ params: JSON) -> JSON? {
        client.call(method, id: 9, params: params.compactString)
    }

    @Test func everyMethodHasAnExampleThatReplays() throws {
        var rewritten = false
        var doc = document
        var methodList = methods
        for (m, method) in methodList.enumerated() {
            let name = try #require(method["name"]?.stringValue)
            let examples = method["examples"]?.arrayValue ?? []
            #expect(!examples.isEmpty, "\(name) has no example")
            var newExamples = examples
            for (e, example) in examples.enumerated() {
                let reply = try #require(live(name, params(of: example)), "\(name): no reply")
                guard let result = reply["result"] else {
                    Issue.record("\(name) example '\(example["name"]?.stringValue ?? "")' answered \(reply.compactString)")
                    continue
                }
                let schema = try #require(method["result"]?["schema"], "\(name) has no result schema")
                let problems = validator.errors(result, against: schema)
                #expect(problems.isEmpty, "\(name): \(problems.prefix(5).joined(separator: "; "))")
                guard !Self.volatile.contains(name) else { continue }
                if ProcessInfo.processInfo.environment["RULEATLAS_REWRITE_EXAMPLES"] == "1" {
                    guard case .object(var ex) = example, case .object(var r) = ex["result"] ?? .object(["name": "result"]) else { continue }
                    r["value"] = result
                    ex["result"] = .object(r)
                    newExamples[e] = .object(ex)
                    rewritten = true
                } else {
                    let documented = example["result"]?["value"] ?? .null
                    #expect(documented == result, "\(name) example '\(example["name"]?.stringValue ?? "")' differs from the live answer: \(result.compactString.prefix(400))")
                }
            }
            if rewritten, case .object(var o) = method {
                o["examples"] = .array(newExamples)
                methodList[m] = .object(o)
            }
        }
        if rewritten, case .object(var o) = doc {
            o["methods"] = .array(methodList)
            doc = .object(o)
            try (doc.prettyString + "\n").write(to: Self.documentURL, atomically: true, encoding: .utf8)
            Issue.record("openrpc.json examples rewritten from the live daemon: run the tests again")
        }
    }

    /// Every method also answers its defaults (no params, or only the required ones taken
    /// from the first example) within its result schema.
    @Test func defaultsSatisfyTheResultSchemas() throws {
        for method in methods {
            let name = try #require(method["name"]?.stringValue)
            let required = Set((method["params"]?.arrayValue ?? []).filter { $0["required"] == .bool(true) }.compactMap { $0["name"]?.stringValue })
            guard case .object(let full) = params(of: method["examples"]?.arrayValue?.first ?? [:]) else { continue }
            let minimal = JSONObject(full.pairs.filter { required.contains($0.key) }.map { ($0.key, $0.value) })
            let reply = live(name, .object(minimal))
            // A method whose params are required as a group (authoring.suggest: technique
            // or text) rejects the empty set with -32602; its examples cover it.
            if reply?["error"]?["code"]?.intValue == -32602, minimal.count < full.count { continue }
            guard let result = reply?["result"] else {
                Issue.record("\(name) with only required params failed: \(reply?.compactString ?? "no reply")")
                continue
            }
            let problems = validator.errors(result, against: method["result"]?["schema"] ?? [:])
            #expect(problems.isEmpty, "\(name): \(problems.prefix(5).joined(separator: "; "))")
        }
    }

    /// The validator itself rejects what the schemas forbid.
    @Test func validatorRejectsViolations() throws {
        let schema: JSON = ["type": "object", "required": ["id"], "additionalProperties": false,
                            "properties": ["id": ["$ref": "#/components/schemas/TechniqueID"], "n": ["type": "integer", "minimum": 0]]]
        #expect(validator.errors(["id": "T1543.003", "n": 2], against: schema).isEmpty)
        #expect(!validator.errors(["n": 2], against: schema).isEmpty)
        #expect(!validator.errors(["id": "T1543.003", "extra": 1], against: schema).isEmpty)
        #expect(!validator.errors(["id": "T1543.003", "n": -1], against: schema).isEmpty)
        #expect(!validator.errors(["id": "T1543.003", "n": 1.5], against: schema).isEmpty)
        #expect(!validator.errors(["id": 7], against: schema).isEmpty)
    }
}
