import RuleAtlasJSON

extension RPCEngine {
    /// Answers small, plainly shaped requests without building a JSON tree: keys among
    /// `jsonrpc`, `id`, `method`, `params`, each once; strings of printable ASCII without
    /// escapes; an integer, string or null id; params absent, `{}` or `[]`; a registered
    /// method; no cancellation pending. Returns nil for anything else, which then takes the
    /// full path, so both paths answer every input identically.
    func handleFast(_ body: ArraySlice<UInt8>, context: RPCConnectionContext, into out: inout [UInt8]) -> Bool? {
        guard fastPathEnabled, body.count <= 512, context.pendingCancellationCount == 0 else { return nil }
        return body.withUnsafeBytes { raw -> Bool? in
            var scanner = FastRequestScanner(bytes: raw)
            guard let request = scanner.scan() else { return nil }
            let method = String(decoding: UnsafeRawBufferPointer(rebasing: raw[request.method]), as: UTF8.self)
            guard method != Self.cancelMethod, let handler = handlers[method] else { return nil }
            guard let idRange = request.id else {
                _ = try? handler(JSONObject(), context)
                return false
            }
            requestCount &+= 1
            let id = UnsafeRawBufferPointer(rebasing: raw[idRange])
            StaticBytes.append("{\"jsonrpc\":\"2.0\",\"id\":", to: &out)
            out.append(contentsOf: id)
            do throws(RPCError) {
                let result = try handler(JSONObject(), context)
                StaticBytes.append(",\"result\":", to: &out)
                result.write(into: &out)
            } catch {
                StaticBytes.append(",\"error\":", to: &out)
                error.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
            return true
        }
    }
}

/// The byte ranges of a plainly shaped request (see `RPCEngine.handleFast`).
struct FastRequest {
    /// The id's literal bytes (with quotes for a string); nil for a notification.
    var id: Range<Int>?
    /// The method name's bytes, without quotes.
    var method: Range<Int>
}

/// A cursor that accepts only the plain request shape and gives up on anything else.
struct FastRequestScanner {
    let bytes: UnsafeRawBufferPointer
    var i = 0

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    mutating func scan() -> FastRequest? {
        skipWhitespace()
        guard take(UInt8(ascii: "{")) else { return nil }
        var seen: UInt8 = 0
        var id: Range<Int>?
        var method: Range<Int>?
        repeat {
            skipWhitespace()
            guard let key = plainString() else { return nil }
            skipWhitespace()
            guard take(UInt8(ascii: ":")) else { return nil }
            skipWhitespace()
            let bit: UInt8
            if matches(key, "jsonrpc") {
                bit = 1
                guard let v = plainString(), matches(v, "2.0") else { return nil }
            } else if matches(key, "id") {
                bit = 2
                guard let v = idLiteral() else { return nil }
                id = v
            } else if matches(key, "method") {
                bit = 4
                guard let v = plainString() else { return nil }
                method = v
            } else if matches(key, "params") {
                bit = 8
                guard emptyContainer() else { return nil }
            } else {
                return nil
            }
            guard seen & bit == 0 else { return nil }
            seen |= bit
            skipWhitespace()
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "}")) else { return nil }
        skipWhitespace()
        guard i == bytes.count, seen & 1 != 0, let method else { return nil }
        return FastRequest(id: id, method: method)
    }

    private mutating func skipWhitespace() {
        while i < bytes.count {
            let b = bytes[i]
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
            i += 1
        }
    }

    private mutating func take(_ b: UInt8) -> Bool {
        guard i < bytes.count, bytes[i] == b else { return false }
        i += 1
        return true
    }

    /// A string of printable ASCII without escapes; returns its content range.
    private mutating func plainString() -> Range<Int>? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = i
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return start..<(i - 1)
            }
            guard b >= 0x20, b < 0x7F, b != UInt8(ascii: "\\") else { return nil }
            i += 1
        }
        return nil
    }

    /// A plain string (range includes the quotes), an integer, or `null`.
    private mutating func idLiteral() -> Range<Int>? {
        let start = i
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case UInt8(ascii: "\""):
            guard plainString() != nil else { return nil }
            return start..<i
        case UInt8(ascii: "n"):
            guard bytes.count - i >= 4, bytes[i + 1] == UInt8(ascii: "u"), bytes[i + 2] == UInt8(ascii: "l"),
                bytes[i + 3] == UInt8(ascii: "l") else { return nil }
            i += 4
            return start..<i
        default:
            _ = take(UInt8(ascii: "-"))
            guard i < bytes.count, isDigit(bytes[i]) else { return nil }
            if bytes[i] == UInt8(ascii: "0") {
                i += 1
            } else {
                while i < bytes.count, isDigit(bytes[i]) { i += 1 }
            }
            if i < bytes.count {
                let b = bytes[i]
                guard !isDigit(b), b != UInt8(ascii: "."), b | 0x20 != UInt8(ascii: "e") else { return nil }
            }
            return start..<i
        }
    }

    private mutating func emptyContainer() -> Bool {
        guard i < bytes.count else { return false }
        let close: UInt8
        switch bytes[i] {
        case UInt8(ascii: "{"): close = UInt8(ascii: "}")
        case UInt8(ascii: "["): close = UInt8(ascii: "]")
        default: return false
        }
        i += 1
        skipWhitespace()
        return take(close)
    }

    private func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }

    private func matches(_ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        let p = word.utf8Start
        for k in 0..<range.count where bytes[range.lowerBound + k] != p[k] { return false }
        return true
    }
}
