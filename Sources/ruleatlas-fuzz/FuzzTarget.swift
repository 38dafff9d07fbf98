import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasProtocol
import RuleAtlasYAML
import RuleAtlasSigma
import RuleAtlasElastic

/// What one fuzz run exercises. Each target checks invariants and traps (a crash libFuzzer
/// records) when one breaks; bad input itself must only ever produce errors.
enum FuzzTarget: String, CaseIterable {
    /// Parse; anything accepted must re-serialize to text that parses to the same value.
    case json
    /// Newline framing: decoding in chunks (cut points taken from the input) must give the
    /// same messages and error as decoding whole.
    case newline
    /// The same for Content-Length framing (the input follows a `Content-Length: ` prefix).
    case contentLength = "content-length"
    /// The engine with every API method registered: every answer must be one JSON value.
    case dispatch
    /// The YAML node tree over libyaml: never a crash, whatever the bytes.
    case yaml
    /// The Sigma condition grammar on its own.
    case sigmaCondition = "sigma-condition"
    /// A whole Sigma rule file.
    case sigmaRule = "sigma-rule"
    /// TOML through the toml++ shim.
    case toml
    /// The Elastic query languages, each on its own.
    case kuery, lucene, eql, esql
    /// A whole Elastic rule file.
    case elasticRule = "elastic-rule"

    func run(_ data: UnsafeRawBufferPointer) {
        switch self {
        case .json: Self.fuzzJSON(data)
        case .newline: Self.fuzzFraming(Array("\n".utf8) + Array(data))
        case .contentLength: Self.fuzzFraming(Array("Content-Length: ".utf8) + Array(data))
        case .dispatch: Self.fuzzDispatch(data)
        case .yaml: _ = fuzzYAML(Array(data))
        case .sigmaCondition: _ = fuzzSigmaCondition(Array(data))
        case .sigmaRule: _ = fuzzSigmaRule(Array(data))
        case .toml: _ = ElasticFuzz.toml(Array(data))
        case .kuery: _ = ElasticFuzz.kuery(Array(data))
        case .lucene: _ = ElasticFuzz.lucene(Array(data))
        case .eql: _ = ElasticFuzz.eql(Array(data))
        case .esql: _ = ElasticFuzz.esql(Array(data))
        case .elasticRule: _ = ElasticFuzz.rule(Array(data))
        }
    }

    static func fuzzJSON(_ data: UnsafeRawBufferPointer) {
        guard let value = try? JSONParser.parse(data) else { return }
        let text = value.serialized()
        guard let again = try? JSONParser.parse(text), again == value else {
            fatalError("round trip changed \(value.compactString)")
        }
        _ = value.prettyString
    }

    static func fuzzFraming(_ stream: [UInt8]) {
        var limits = FramingLimits()
        limits.maxMessageBytes = 4096
        limits.maxHeaderLineBytes = 256
        let whole = decode(stream, chunk: stream.count, limits: limits)
        let size = Int(stream.last ?? 1) % 17 + 1
        let chunked = decode(stream, chunk: size, limits: limits)
        guard whole.bodies == chunked.bodies, whole.error == chunked.error else {
            fatalError("chunked decoding (\(size)) differs from whole decoding")
        }
    }

    private static func decode(_ stream: [UInt8], chunk: Int, limits: FramingLimits) -> (bodies: [[UInt8]], error: FramingError?) {
        var decoder = FramingDecoder(limits: limits)
        var bodies: [[UInt8]] = []
        var offset = 0
        while offset < stream.count {
            let end = min(stream.count, offset + max(1, chunk))
            do {
                try decoder.feed(Array(stream[offset..<end])) { bodies.append(Array($0)) }
            } catch {
                return (bodies, error)
            }
            guard decoder.bufferedByteCount <= limits.maxMessageBytes + limits.maxHeaderLineBytes + chunk + 1 else {
                fatalError("decoder buffered \(decoder.bufferedByteCount) bytes")
            }
            offset = end
        }
        return (bodies, nil)
    }

    nonisolated(unsafe) static let engine: RPCEngine = FuzzEngine.make()
    nonisolated(unsafe) static let context = RPCConnectionContext(connectionID: 1, peerUID: 0, peerPID: 0)

    static func fuzzDispatch(_ data: UnsafeRawBufferPointer) {
        var out: [UInt8] = []
        let answered = engine.handle(Array(data)[...], context: context, into: &out)
        if answered {
            guard let reply = try? JSONParser.parse(out) else { fatalError("reply is not JSON") }
            switch reply {
            case .object(let o): guard o["jsonrpc"] == "2.0" else { fatalError("reply without jsonrpc") }
            case .array(let items): guard !items.isEmpty else { fatalError("empty batch reply") }
            default: fatalError("reply is neither an object nor an array")
            }
        } else if !out.isEmpty {
            fatalError("bytes written for a message that gets no reply")
        }
    }
}
