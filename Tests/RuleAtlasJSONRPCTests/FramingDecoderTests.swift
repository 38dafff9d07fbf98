import Testing
import RuleAtlasTestSupport
@testable import RuleAtlasJSONRPC

@Suite struct FramingDecoderTests {
    static let bodies: [[UInt8]] = [
        Array(#"{"jsonrpc":"2.0","id":1,"method":"server.ping"}"#.utf8),
        Array(#"{"a":"é😀"}"#.utf8),
        Array("[1,2,3]".utf8),
        Array(String(repeating: "x", count: 10_000).utf8),
    ]

    @Test(arguments: [Framing.newline, Framing.contentLength])
    func decodesWholeByteByByteAndInRandomChunks(framing: Framing) {
        var stream: [UInt8] = []
        for body in Self.bodies { framing.encode(body, into: &stream) }
        let (reference, disagreements) = FramingVerifier.verify(stream)
        #expect(disagreements.isEmpty)
        #expect(reference.bodies == Self.bodies)
        #expect(reference.framing == framing)
        #expect(reference.error == nil)
    }

    @Test func newlineFramingIgnoresCROfCRLFAndEmptyLines() {
        let stream = Array("\n{\"a\":1}\r\n\r\n\n[2]\n".utf8)
        let (reference, disagreements) = FramingVerifier.verify(stream)
        #expect(disagreements.isEmpty)
        #expect(reference.bodies == [Array("{\"a\":1}".utf8), Array("[2]".utf8)])
        #expect(reference.framing == .newline)
    }

    @Test func contentLengthAcceptsOtherHeadersAnyCaseAndBlankLinesBetweenMessages() {
        let stream = Array(("content-length: 3\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n[1]"
            + "\r\nCONTENT-LENGTH:2\n\n{}" + "Content-Length:  \t4 \r\n\r\nnull").utf8)
        let (reference, disagreements) = FramingVerifier.verify(stream)
        #expect(disagreements.isEmpty)
        #expect(reference.bodies == [Array("[1]".utf8), Array("{}".utf8), Array("null".utf8)])
        #expect(reference.error == nil)
    }

    @Test func partialMessagesAreReported() throws {
        var decoder = FramingDecoder()
        #expect(!decoder.hasPartialMessage)
        var got: [[UInt8]] = []
        try decoder.feed(Array("Content-Length: 5\r\n".utf8)) { got.append(Array($0)) }
        #expect(decoder.hasPartialMessage)
        try decoder.feed(Array("\r\n[1,".utf8)) { got.append(Array($0)) }
        #expect(decoder.hasPartialMessage)
        try decoder.feed(Array("2]".utf8)) { got.append(Array($0)) }
        #expect(!decoder.hasPartialMessage)
        #expect(got == [Array("[1,2]".utf8)])
        var lines = FramingDecoder()
        try lines.feed(Array("{\"a\"".utf8)) { _ in }
        #expect(lines.hasPartialMessage)
        try lines.feed(Array(":1}\n".utf8)) { _ in }
        #expect(!lines.hasPartialMessage)
    }

    @Test func oneTebibyteContentLengthIsRejectedFromTheHeaderAlone() {
        var decoder = FramingDecoder()
        #expect(throws: FramingError.messageTooLarge(limit: 16 << 20)) {
            try decoder.feed(Array("Content-Length: 1099511627776\r\n".utf8)) { _ in }
        }
        var overflow = FramingDecoder()
        #expect(throws: FramingError.messageTooLarge(limit: 16 << 20)) {
            try overflow.feed(Array("Content-Length: 99999999999999999999999999999999\r\n\r\n".utf8)) { _ in }
        }
    }

    @Test func aSixtyFourMebibyteLineIsNotBufferedPastTheLimit() {
        var decoder = FramingDecoder()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20)
        var fed = 0
        var thrown: FramingError?
        while fed < 64 << 20 {
            do {
                try decoder.feed(chunk) { _ in Issue.record("no line should complete") }
            } catch {
                thrown = error
                break
            }
            fed += chunk.count
            #expect(decoder.bufferedByteCount <= (16 << 20) + 1)
        }
        #expect(thrown == .messageTooLarge(limit: 16 << 20))
        #expect(fed <= 16 << 20)
    }

    @Test func lineLimitIsExactAndCountsCROnlyAsTerminator() {
        var limits = FramingLimits()
        limits.maxMessageBytes = 8
        #expect(FramingVerifier.verify(Array("12345678\r\n".utf8), limits: limits).reference.bodies == [Array("12345678".utf8)])
        let (over, disagreements) = FramingVerifier.verify(Array("123456789\n".utf8), limits: limits)
        #expect(disagreements.isEmpty)
        #expect(over.error == .messageTooLarge(limit: 8))
        let body = FramingVerifier.verify(Array("Content-Length: 9\r\n\r\n123456789".utf8), limits: limits)
        #expect(body.reference.error == .messageTooLarge(limit: 8))
    }

    @Test func headerLinesAreCappedAt8KiB() {
        let long = "Content-Length: 2\r\nX-Pad: " + String(repeating: "p", count: 9000) + "\r\n\r\n{}"
        let (reference, disagreements) = FramingVerifier.verify(Array(long.utf8))
        #expect(disagreements.isEmpty)
        #expect(reference.error == .headerTooLong(limit: 8 << 10))
        var decoder = FramingDecoder()
        #expect(throws: FramingError.headerTooLong(limit: 8 << 10)) {
            try decoder.feed(Array(("Content-Length: 2\r\nX: " + String(repeating: "p", count: 9000)).utf8)) { _ in }
        }
    }

    @Test(arguments: [
        "Content-Length: 2\r\n\r\n{}Content-Type: x\r\n\r\n{}",
        "Content-Length: abc\r\n\r\n",
        "Content-Length: \r\n\r\n",
        "Content-Length 2\r\n\r\n{}",
        "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
    ])
    func malformedHeadersAreErrors(_ text: String) {
        let (reference, disagreements) = FramingVerifier.verify(Array(text.utf8))
        #expect(disagreements.isEmpty)
        guard case .malformedHeader? = reference.error else {
            Issue.record("expected malformedHeader, got \(String(describing: reference.error))")
            return
        }
    }

    @Test func framingErrorsMapToParseErrors() {
        let e = RPCError(FramingError.messageTooLarge(limit: 16))
        #expect(e.code == -32700)
        var out: [UInt8] = []
        RPCEngine.writeError(e, id: .null, into: &out)
        #expect(String(decoding: out, as: UTF8.self)
            == #"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error","data":{"detail":"message larger than 16 bytes"}}}"#)
    }

    @Test func framingInPlaceMatchesEncode() {
        for framing in [Framing.newline, .contentLength] {
            var a: [UInt8] = Array("prefix".utf8)
            framing.encode(Array("{}".utf8), into: &a)
            var b: [UInt8] = Array("prefix{}".utf8)
            framing.frame(&b, bodyStart: 6)
            #expect(a == b)
        }
        var out: [UInt8] = []
        Framing.contentLength.encode(Array("[1]".utf8), into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "Content-Length: 3\r\n\r\n[1]")
    }
}
