import Testing
import RuleAtlasJSON
@testable import RuleAtlasJSONRPC

/// Handlers that answer later: `.pending` now, the reply through the context's sink.
@Suite struct DeferredReplyTests {
    /// An engine fixture plus a `slow` method that keeps its replies, and the sink's output.
    final class Deferred {
        let fixture: EngineFixture
        var replies: [RPCDeferredReply] = []
        var sent: [String] = []

        init(limits: RPCLimits = RPCLimits()) {
            fixture = EngineFixture(limits: limits)
            fixture.engine.registerDeferring("slow") { [unowned self] _, _, reply in
                self.replies.append(reply)
                return .pending
            }
            fixture.engine.registerDeferring("quick") { params, _, _ in .result(.object(params)) }
            fixture.engine.registerDeferring("early") { _, _, reply in
                reply.complete("done before returning")
                return .pending
            }
            fixture.engine.registerDeferring("refuse") { _, _, _ throws(RPCError) in throw .badArgument("no", hint: "h") }
            fixture.context.deferredReplySink = { [unowned self] bytes in self.sent.append(String(decoding: bytes, as: UTF8.self)) }
        }

        func json(_ text: String) throws -> JSON? { try fixture.json(text) }
        func sentJSON(_ i: Int) throws -> JSON { try JSONParser.parse(Array(sent[i].utf8)[...]) }
    }

    @Test func aPendingRequestIsAnsweredLaterByIdWhileOthersAreAnsweredAtOnce() throws {
        let d = Deferred()
        #expect(d.fixture.respond(#"{"jsonrpc":"2.0","id":"r","method":"slow"}"#) == nil)
        #expect(d.fixture.context.pendingReplyCount == 1)
        #expect(try d.json(#"{"jsonrpc":"2.0","id":2,"method":"server.ping"}"#)?["result"] == "pong")
        #expect(d.sent.isEmpty)
        d.replies[0].complete(["generation": 3])
        #expect(d.sent == [#"{"jsonrpc":"2.0","id":"r","result":{"generation":3}}"#])
        #expect(d.fixture.context.pendingReplyCount == 0)
        // A second completion is ignored.
        d.replies[0].fail(.internalError("late"))
        #expect(d.sent.count == 1)
        #expect(d.fixture.engine.methodNames.contains("slow"))
        #expect(d.fixture.strayBytes == 0)
    }

    @Test func immediateEarlyAndFailingDeferringHandlersAnswerAtOnce() throws {
        let d = Deferred()
        #expect(try d.json(#"{"jsonrpc":"2.0","id":1,"method":"quick","params":{"a":1}}"#)?["result"] == ["a": 1])
        #expect(try d.json(#"{"jsonrpc":"2.0","id":2,"method":"early"}"#)?["result"] == "done before returning")
        #expect(try d.json(#"{"jsonrpc":"2.0","id":3,"method":"refuse"}"#)?.errorCode == 1002)
        #expect(d.sent.isEmpty)
        #expect(d.fixture.context.pendingReplyCount == 0)
        // Notifications to deferring methods run and are never answered.
        #expect(d.fixture.respond(#"{"jsonrpc":"2.0","method":"slow"}"#) == nil)
        d.replies[0].complete("ignored")
        #expect(d.sent.isEmpty)
    }

    @Test func aBatchWithDeferredItemsIsOneReplyInRequestOrder() throws {
        let d = Deferred()
        let batch = """
            [{"jsonrpc":"2.0","id":1,"method":"slow"},{"jsonrpc":"2.0","id":2,"method":"server.ping"},
             {"jsonrpc":"2.0","method":"note"},{"jsonrpc":"2.0","id":3,"method":"slow"},
             {"jsonrpc":"2.0","id":4,"method":"early"},{"jsonrpc":"2.0","id":5,"method":"nope"}]
            """
        #expect(d.fixture.respond(batch) == nil)
        #expect(d.fixture.notified == ["note"])
        #expect(d.replies.count == 2)
        d.replies[1].complete("third")
        #expect(d.sent.isEmpty)
        d.replies[0].fail(.timedOut)
        #expect(d.sent.count == 1)
        let items = try #require(try d.sentJSON(0).arrayValue)
        #expect(items.map { $0["id"] } == [1, 2, 3, 4, 5])
        #expect(items.map(\.errorCode) == [-32002, nil, nil, nil, -32601])
        #expect(items[2]["result"] == "third")
        #expect(d.fixture.strayBytes == 0)
    }

    @Test func aBatchOfOnlyDeferredNotificationsSendsNothing() throws {
        let d = Deferred()
        #expect(d.fixture.respond(#"[{"jsonrpc":"2.0","method":"slow"},{"jsonrpc":"2.0","method":"note"}]"#) == nil)
        d.replies[0].complete("x")
        #expect(d.sent.isEmpty)
    }

    @Test func theBudgetAppliesToTheFinishedBatch() throws {
        var limits = RPCLimits()
        limits.maxBatchResponseBytes = 200
        let d = Deferred(limits: limits)
        let batch = """
            [{"jsonrpc":"2.0","id":1,"method":"slow"},{"jsonrpc":"2.0","id":2,"method":"server.ping"},
             {"jsonrpc":"2.0","id":3,"method":"server.ping"},{"jsonrpc":"2.0","id":4,"method":"nope"}]
            """
        #expect(d.fixture.respond(batch) == nil)
        d.replies[0].complete(JSON(String(repeating: "x", count: 150)))
        let items = try #require(try d.sentJSON(0).arrayValue)
        #expect(items.map { $0["id"] } == [1, 2, 3, 4])
        // The first result fits; the second crosses the budget; later results are -32003
        // too; errors are kept.
        #expect(items.map(\.errorCode) == [nil, -32003, -32003, -32601])
    }

    @Test func cancellingAPendingRequestAnswersMinus32800AndDropsTheResult() throws {
        let d = Deferred()
        _ = d.fixture.respond(#"{"jsonrpc":"2.0","id":9,"method":"slow"}"#)
        #expect(d.fixture.respond(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":9}}"#) == nil)
        #expect(d.sent.count == 1)
        #expect(try d.sentJSON(0).errorCode == -32800)
        #expect(d.fixture.context.pendingCancellationCount == 0)
        d.replies[0].complete("too late")
        #expect(d.sent.count == 1)
        // A later request reusing the id runs normally.
        _ = d.fixture.respond(#"{"jsonrpc":"2.0","id":9,"method":"slow"}"#)
        d.replies[1].complete("ok")
        #expect(try d.sentJSON(1)["result"] == "ok")
    }

    @Test func aReplyCompletedAfterTheConnectionClosedIsDropped() throws {
        let d = Deferred()
        _ = d.fixture.respond(#"{"jsonrpc":"2.0","id":1,"method":"slow"}"#)
        _ = d.fixture.respond(#"[{"jsonrpc":"2.0","id":2,"method":"slow"}]"#)
        d.fixture.context.connectionClosed()
        #expect(d.fixture.context.pendingReplyCount == 0)
        d.replies[0].complete("gone")
        d.replies[1].complete("gone")
        #expect(d.sent.isEmpty)

        // The context itself gone: completing does nothing either.
        var context: RPCConnectionContext? = RPCConnectionContext(connectionID: 2, peerUID: 0, peerPID: 0)
        var out: [UInt8] = []
        if let context { _ = d.fixture.engine.handle(Array(#"{"jsonrpc":"2.0","id":3,"method":"slow"}"#.utf8)[...], context: context, into: &out) }
        context = nil
        d.replies[2].complete("gone")
        #expect(out.isEmpty)
        #expect(d.sent.isEmpty)
    }
}
