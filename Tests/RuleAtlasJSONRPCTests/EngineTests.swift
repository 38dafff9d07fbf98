import Testing
import RuleAtlasJSON
@testable import RuleAtlasJSONRPC

@Suite struct EngineTests {
    @Test func pingAnswersPong() throws {
        let fixture = EngineFixture()
        let out = try #require(fixture.respond(#"{"jsonrpc":"2.0","id":1,"method":"server.ping"}"#))
        #expect(String(decoding: out, as: UTF8.self) == #"{"jsonrpc":"2.0","id":1,"result":"pong"}"#)
        #expect(fixture.engine.requestCount == 1)
        #expect(fixture.engine.methodNames.contains("server.ping"))
    }

    @Test func paramsMustBeAnObjectOrEmpty() throws {
        let fixture = EngineFixture()
        #expect(try fixture.json(#"{"jsonrpc":"2.0","id":1,"method":"echo","params":[]}"#)?["result"] == .object([:]))
        #expect(try fixture.json(#"{"jsonrpc":"2.0","id":1,"method":"echo"}"#)?["result"] == .object([:]))
        #expect(try fixture.json(#"{"jsonrpc":"2.0","id":1,"method":"echo","params":{"a":[1]}}"#)?["result"] == ["a": [1]])
        for bad in ["[1]", "\"x\"", "3", "null", "true"] {
            let r = try fixture.json(#"{"jsonrpc":"2.0","id":1,"method":"echo","params":\#(bad)}"#)
            #expect(r?.errorCode == -32602, "params \(bad)")
        }
    }

    @Test func notificationsAreNeverAnswered() throws {
        let fixture = EngineFixture()
        #expect(fixture.respond(#"{"jsonrpc":"2.0","method":"note"}"#) == nil)
        #expect(fixture.respond(#"{"jsonrpc":"2.0","method":"unknown.method"}"#) == nil)
        #expect(fixture.respond(#"{"jsonrpc":"2.0","method":"fail","params":{}}"#) == nil)
        #expect(fixture.respond(#"{"jsonrpc":"2.0","method":"note","params":5}"#) == nil)
        #expect(fixture.respond(#"[{"jsonrpc":"2.0","method":"unknown"},{"jsonrpc":"2.0","method":"note"}]"#) == nil)
        #expect(fixture.notified == ["note", "note"])
        #expect(fixture.engine.requestCount == 0)
        #expect(fixture.strayBytes == 0)
    }

    @Test func parseErrorsAreMinus32700WithNullId() throws {
        let fixture = EngineFixture()
        let invalidUTF8: [UInt8] = Array(#"{"jsonrpc":"2.0","id":1,"method":""#.utf8) + [0xC0, 0xAF] + Array(#""}"#.utf8)
        let deep = Array(String(repeating: "[", count: 100_000).utf8)
        for body in [invalidUTF8, deep, Array("{".utf8), Array("nul".utf8), [0xFF]] {
            let out = try #require(fixture.respond(body))
            let r = try JSONParser.parse(out)
            #expect(r.errorCode == -32700)
            #expect(r["id"] == .null)
        }
    }

    @Test func nonObjectMessagesAreInvalidRequests() throws {
        let fixture = EngineFixture()
        for text in ["1", "\"x\"", "null", "true"] {
            #expect(try fixture.json(text)?.errorCode == -32600)
        }
    }

    @Test func emptyAndOversizedBatches() throws {
        let fixture = EngineFixture()
        #expect(try fixture.json("[]")?.errorCode == -32600)
        let item = #"{"jsonrpc":"2.0","id":1,"method":"server.ping"}"#
        let full = "[" + Array(repeating: item, count: 1000).joined(separator: ",") + "]"
        #expect(try fixture.json(full)?.arrayValue?.count == 1000)
        let over = "[" + Array(repeating: item, count: 1001).joined(separator: ",") + "]"
        let r = try #require(try fixture.json(over))
        #expect(r.errorCode == -32001)
        #expect(r["error"]?["data"]?["limit"] == "batch")
        #expect(r["id"] == .null)
    }

    @Test func batchResponseBudgetAnswersMinus32003ForTheRest() throws {
        var limits = RPCLimits()
        limits.maxBatchResponseBytes = 300
        let fixture = EngineFixture(limits: limits)
        let big = String(repeating: "x", count: 100)
        let items = (1...6).map { #"{"jsonrpc":"2.0","id":\#($0),"method":"echo","params":{"s":"\#(big)"}}"# }
            + [#"{"jsonrpc":"2.0","method":"note"}"#, #"{"jsonrpc":"2.0","id":99,"method":"server.ping"}"#]
        let r = try #require(try fixture.json("[" + items.joined(separator: ",") + "]"))
        let responses = try #require(r.arrayValue)
        #expect(responses.count == 7)
        #expect(responses.map { $0["id"] } == [1, 2, 3, 4, 5, 6, 99])
        #expect(responses[0]["result"] != nil)
        #expect(responses[1]["result"] != nil)
        #expect(responses[2...].allSatisfy { $0.errorCode == -32003 })
        #expect(fixture.notified == ["note"])
    }

    @Test func cancelRequestMarksAnIdThatHasNotRunYet() throws {
        let fixture = EngineFixture()
        #expect(fixture.respond(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":7}}"#) == nil)
        #expect(fixture.context.pendingCancellationCount == 1)
        #expect(try fixture.json(#"{"jsonrpc":"2.0","id":7,"method":"server.ping"}"#)?.errorCode == -32800)
        #expect(try fixture.json(#"{"jsonrpc":"2.0","id":7,"method":"server.ping"}"#)?["result"] == "pong")
        // A string id "7" is a different id.
        _ = fixture.respond(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"7"}}"#)
        #expect(try fixture.json(#"{"jsonrpc":"2.0","id":7,"method":"server.ping"}"#)?["result"] == "pong")
        #expect(try fixture.json(#"{"jsonrpc":"2.0","id":"7","method":"server.ping"}"#)?.errorCode == -32800)
    }

    @Test func cancelInsideABatchCancelsALaterItem() throws {
        let fixture = EngineFixture()
        let r = try #require(try fixture.json("""
            [{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":2}},
             {"jsonrpc":"2.0","id":1,"method":"server.ping"},{"jsonrpc":"2.0","id":2,"method":"server.ping"}]
            """))
        #expect(r.arrayValue?.map(\.errorCode) == [nil, -32800])
    }

    @Test func cancelAsARequestIsAnsweredAndValidated() throws {
        let fixture = EngineFixture()
        #expect(try fixture.json(#"{"jsonrpc":"2.0","id":1,"method":"$/cancelRequest","params":{"id":5}}"#)?["result"] == .null)
        #expect(try fixture.json(#"{"jsonrpc":"2.0","id":2,"method":"$/cancelRequest","params":{}}"#)?.errorCode == -32602)
        #expect(try fixture.json(#"{"jsonrpc":"2.0","id":3,"method":"$/cancelRequest","params":{"id":[1]}}"#)?.errorCode == -32602)
        #expect(fixture.respond(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":{}}}"#) == nil)
        #expect(fixture.context.pendingCancellationCount == 1)
    }

    @Test func cancellationMarksAreBounded() {
        let context = RPCConnectionContext(connectionID: 1, peerUID: 0, peerPID: 0)
        for i in 0..<50 { context.markCancelled(RPCID(i), limit: 10) }
        #expect(context.pendingCancellationCount == 10)
        #expect(!context.takeCancellation(of: RPCID(0)))
        #expect(context.takeCancellation(of: RPCID(49)))
        #expect(context.pendingCancellationCount == 9)
    }

    /// The byte-level path and the full path answer identically, byte for byte.
    @Test func fastPathMatchesFullPath() {
        let bodies = [
            #"{"jsonrpc":"2.0","id":1,"method":"server.ping"}"#,
            #" { "method" : "server.ping" , "id" : "abc" , "jsonrpc" : "2.0" , "params" : { } } "#,
            #"{"jsonrpc":"2.0","id":null,"method":"server.ping","params":[]}"#,
            #"{"jsonrpc":"2.0","id":-0,"method":"fail"}"#,
            #"{"jsonrpc":"2.0","id":1,"method":"server.ping","id":2}"#,
            #"{"jsonrpc":"2.0","id":01,"method":"server.ping"}"#,
            #"{"jsonrpc":"2.0","id":1,"method":"server.ping"} x"#,
            #"{"jsonrpc":"2.0","id":1,"method":"server.ping",}"#,
            #"{"jsonrpc":"2.0","id":1,"method":"nope"}"#,
            #"{"jsonrpc":"2.0","method":"note"}"#,
            #"{"jsonrpc":"2.0","id":1.0,"method":"server.ping"}"#,
            #"{"jsonrpc":"2.0","id":1,"method":"server.ping","params":{"a":1}}"#,
            #"{"jsonrpc":"2.0","id":1,"method":"server.ping","extra":true}"#,
            "{\"jsonrpc\":\"2.0\",\"id\":\"tab\there\",\"method\":\"server.ping\"}",
            #"{"jsonrpc":"2.0","id":1}"#,
            #"{"jsonrpc":"2.0","id":1,"method":"server.ping""#,
            #"{"id":1,"method":"server.ping"}"#,
        ]
        let fast = EngineFixture(fastPath: true)
        let full = EngineFixture(fastPath: false)
        for body in bodies {
            #expect(fast.respond(body) == full.respond(body), "\(body)")
        }
        #expect(fast.engine.requestCount == full.engine.requestCount)
        #expect(fast.notified == full.notified)
    }

    @Test func responsesAndRequestsRoundTripForClients() throws {
        let request = RPCRequest(id: .string("a"), method: "technique.get", params: ["id": "T1543"])
        #expect(String(decoding: request.serialized(), as: UTF8.self)
            == #"{"jsonrpc":"2.0","id":"a","method":"technique.get","params":{"id":"T1543"}}"#)
        let fixture = EngineFixture()
        let okJSON = try #require(try fixture.json(#"{"jsonrpc":"2.0","id":3,"method":"server.ping"}"#))
        let ok = try #require(RPCResponse(json: okJSON))
        #expect(ok.id == RPCID(3))
        #expect(try ok.get() == "pong")
        let badJSON = try #require(try fixture.json(#"{"jsonrpc":"2.0","id":3,"method":"fail"}"#))
        let bad = try #require(RPCResponse(json: badJSON))
        #expect(bad.outcome == .failure(.badArgument("no", hint: "try yes")))
        var out: [UInt8] = []
        RPCEngine.writeNotification(method: "index.changed", params: ["generation": 2], into: &out)
        #expect(String(decoding: out, as: UTF8.self) == #"{"jsonrpc":"2.0","method":"index.changed","params":{"generation":2}}"#)
    }
}
