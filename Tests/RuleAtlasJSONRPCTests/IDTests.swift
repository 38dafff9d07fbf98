import Testing
import RuleAtlasJSON
@testable import RuleAtlasJSONRPC

/// Ids are echoed byte for byte, on both the byte-level and the full path.
@Suite struct IDTests {
    static let ids = [
        #""abc""#, #""""#, #""a\"b\\c""#, #""é😀""#, #""\u0041""#, "1", "0", "-1", "9007199254740993",
        "123456789012345678901234567890", "-9223372036854775809", "1.5", "1e3", "-0", "2.50", "null",
    ]

    @Test(arguments: ids, [true, false])
    func idIsEchoedExactly(_ id: String, fastPath: Bool) throws {
        let fixture = EngineFixture(fastPath: fastPath)
        let out = try #require(fixture.respond(#"{"jsonrpc":"2.0","id":\#(id),"method":"server.ping"}"#))
        let expectedID: String
        if id == #""\u0041""# { expectedID = #""A""# } else { expectedID = id }
        #expect(String(decoding: out, as: UTF8.self) == #"{"jsonrpc":"2.0","id":\#(expectedID),"result":"pong"}"#)
    }

    @Test(arguments: ["{}", "[]", "[1]", "true", "false", #"{"a":1}"#])
    func structuredOrBooleanIdIsInvalidRequestWithNullId(_ id: String) throws {
        let fixture = EngineFixture()
        let response = try #require(try fixture.json(#"{"jsonrpc":"2.0","id":\#(id),"method":"server.ping"}"#))
        #expect(response["id"] == .null)
        #expect(response.errorCode == -32600)
    }

    @Test func idsEchoInErrorsToo() throws {
        let fixture = EngineFixture()
        let out = try #require(fixture.respond(#"{"jsonrpc":"2.0","id":18446744073709551617,"method":"fail"}"#))
        #expect(String(decoding: out, as: UTF8.self)
            == #"{"jsonrpc":"2.0","id":18446744073709551617,"error":{"code":1002,"message":"no","data":{"hint":"try yes"}}}"#)
        let missing = try #require(try fixture.json(#"{"jsonrpc":"2.0","id":"x","method":"nope"}"#))
        #expect(missing["id"] == "x")
        #expect(missing.errorCode == -32601)
        #expect(missing["error"]?["data"]?["method"] == "nope")
    }

    @Test func wrongVersionKeepsTheId() throws {
        let fixture = EngineFixture()
        let r = try #require(try fixture.json(#"{"jsonrpc":"1.0","id":7,"method":"server.ping"}"#))
        #expect(r["id"] == 7)
        #expect(r.errorCode == -32600)
        let noVersion = try #require(try fixture.json(#"{"id":8,"method":"server.ping"}"#))
        #expect(noVersion.errorCode == -32600)
        #expect(noVersion["id"] == 8)
    }
}
