import Foundation
import RuleAtlasJSON
import RuleAtlasTestSupport
import Testing

/// JSON-RPC over the real socket: pipelining, many clients, both framings, bad input.
@Suite struct WireTests {
    @Test func thousandPipelinedRequestsAreAnsweredAndMatchedById() throws {
        let client = try SocketClient(path: SharedDaemon.path)
        var requests = ""
        for id in 0..<1000 { requests += #"{"jsonrpc":"2.0","method":"server.ping","id":\#(id)}"# + "\n" }
        #expect(client.send(requests))
        var seen = Set<Int>()
        for _ in 0..<1000 {
            guard let reply = client.readJSON() else { break }
            #expect(reply["result"] == "pong")
            if let id = reply["id"]?.intValue { seen.insert(id) }
        }
        #expect(seen == Set(0..<1000))
    }

    @Test func twoHundredConnectionsOfFiftyRequestsEach() throws {
        let clients = try (0..<200).map { _ in try SocketClient(path: SharedDaemon.path) }
        for (c, client) in clients.enumerated() {
            var batch = ""
            for r in 0..<50 { batch += #"{"jsonrpc":"2.0","method":"server.ping","id":"\#(c)-\#(r)"}"# + "\n" }
            client.send(batch)
        }
        var answered = 0
        for (c, client) in clients.enumerated() {
            for r in 0..<50 where client.readJSON()?["id"] == JSON("\(c)-\(r)") { answered += 1 }
        }
        #expect(answered == 200 * 50)
    }

    @Test func contentLengthFramingIsAnsweredInKind() throws {
        let client = try SocketClient(path: SharedDaemon.path)
        let body = #"{"jsonrpc":"2.0","method":"server.ping","id":9007199254740993}"#
        client.send("Content-Length: \(body.utf8.count)\r\n\r\n\(body)")
        let reply = client.readFramedJSON()
        #expect(reply?["result"] == "pong")
        #expect(reply?["id"]?.compactString == "9007199254740993")
    }

    @Test func hundredThousandNestedBracketsAreAParseErrorNotACrash() throws {
        let client = try SocketClient(path: SharedDaemon.path)
        client.send(String(repeating: "[", count: 100_000) + "\n")
        let reply = client.readJSON()
        #expect(reply?["error"]?["code"] == -32700)
        #expect(reply?["id"] == .null)
        // The message was framed correctly, so the connection goes on.
        #expect(client.call("server.ping")?["result"] == "pong")
    }

    @Test func invalidUTF8IsAParseError() throws {
        let client = try SocketClient(path: SharedDaemon.path)
        var bytes = Array(#"{"jsonrpc":"2.0","method":"server.ping","id":""#.utf8)
        bytes += [0xFF, 0xC3, 0x28]
        bytes += Array("\"}\n".utf8)
        client.send(bytes)
        let reply = client.readJSON()
        #expect(reply?["error"]?["code"] == -32700)
        #expect(client.call("server.ping")?["result"] == "pong")
    }

    @Test func notificationsAndBatchesFollowTheSpec() throws {
        let client = try SocketClient(path: SharedDaemon.path)
        client.send(#"{"jsonrpc":"2.0","method":"server.ping"}"# + "\n")
        client.send(#"[{"jsonrpc":"2.0","method":"server.ping","id":1},{"jsonrpc":"2.0","method":"nope"},{"jsonrpc":"2.0","method":"nope","id":2}]"# + "\n")
        let batch = client.readJSON()?.arrayValue
        #expect(batch?.count == 2)
        #expect(batch?.first?["result"] == "pong")
        #expect(batch?.last?["error"]?["code"] == -32601)
    }

    @Test func statusAndDiscoverAnswer() throws {
        let client = try SocketClient(path: SharedDaemon.path)
        let status = client.call("server.status")?["result"]
        #expect(status?["version"]?.stringValue?.isEmpty == false)
        #expect((status?["connections"]?.intValue ?? 0) >= 1)
        #expect(status?["limits"]?["maxMessageBytes"] == JSON(16 << 20))
        let discover = client.call("rpc.discover", id: 2)?["result"]
        let methods = discover?["methods"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
        #expect(methods.contains("server.ping"))
        #expect(methods.contains("server.status"))
    }
}
