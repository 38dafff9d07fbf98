import CTOMLShim

/// A TOML parse failure: toml++'s message and where it happened.
public struct TOMLError: Error, Sendable, Hashable {
    public var message: String
    public var line: Int
    public var column: Int
}

/// Reads TOML through toml++ (the `CTOMLShim` C bridge) into `TOMLTable`.
///
/// The shim hands back a pre-order node array over one byte pool; this walks it once,
/// building the value tree directly (no text round trip).
public enum TOMLDocument {
    /// Parses a whole document; the root table or the first error toml++ reported.
    ///
    /// `omittingValues` names keys whose values are not needed: multi-line strings come
    /// back empty, one-line strings and arrays of them are absent with their key (see
    /// `ctoml_parse_omitting`); toml++ then reads less text. Line numbers are those of the
    /// full text, and errors are those of the full text.
    public static func parse(_ bytes: [UInt8], omittingValues: [String] = []) -> Result<TOMLTable, TOMLError> {
        let doc: OpaquePointer?
        if omittingValues.isEmpty {
            doc = bytes.withUnsafeBufferPointer { buf in
                buf.baseAddress.map { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buf.count) { ctoml_parse($0, buf.count) }
                } ?? ctoml_parse("", 0)
            }
        } else {
            doc = withCStrings(omittingValues) { keys in
                bytes.withUnsafeBufferPointer { buf in
                    buf.baseAddress.map { base in
                        base.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                            ctoml_parse_omitting($0, buf.count, keys.baseAddress, keys.count)
                        }
                    } ?? ctoml_parse("", 0)
                }
            }
        }
        guard let doc else { return .failure(TOMLError(message: "out of memory", line: 0, column: 0)) }
        defer { ctoml_free(doc) }
        guard ctoml_ok(doc) != 0 else {
            let message = ctoml_error_message(doc).map { String(cString: $0) } ?? "TOML error"
            return .failure(TOMLError(message: message, line: Int(ctoml_error_line(doc)), column: Int(ctoml_error_column(doc))))
        }
        var count = 0
        var poolLength = 0
        guard let nodes = ctoml_nodes(doc, &count), count > 0, let pool = ctoml_pool(doc, &poolLength) else {
            return .success(TOMLTable())
        }
        let reader = NodeReader(
            nodes: UnsafeBufferPointer(start: nodes, count: count),
            pool: UnsafeRawBufferPointer(start: pool, count: poolLength))
        guard case .table(let root) = reader.value(at: 0) else { return .success(TOMLTable()) }
        return .success(root)
    }
}

/// Calls `body` with the strings as a C array of NUL-terminated strings.
private func withCStrings<R>(_ strings: [String], _ body: (UnsafeBufferPointer<UnsafePointer<CChar>?>) -> R) -> R {
    var owned: [UnsafeMutablePointer<CChar>] = []
    owned.reserveCapacity(strings.count)
    for s in strings {
        let c = Array(s.utf8CString)
        let p = UnsafeMutablePointer<CChar>.allocate(capacity: c.count)
        p.initialize(from: c, count: c.count)
        owned.append(p)
    }
    defer { for p in owned { p.deallocate() } }
    let pointers: [UnsafePointer<CChar>?] = owned.map { UnsafePointer($0) }
    return pointers.withUnsafeBufferPointer(body)
}

/// Walks the shim's node array.
private struct NodeReader {
    let nodes: UnsafeBufferPointer<ctoml_node>
    let pool: UnsafeRawBufferPointer

    func text(_ offset: UInt32, _ length: UInt32) -> String {
        let start = Int(offset)
        let end = min(start + Int(length), pool.count)
        guard start < end else { return "" }
        return String(decoding: UnsafeRawBufferPointer(rebasing: pool[start..<end]), as: UTF8.self)
    }

    func value(at index: Int) -> TOMLValue {
        let n = nodes[index]
        switch Int32(n.kind) {
        case Int32(CTOML_TABLE.rawValue):
            var entries: [TOMLEntry] = []
            entries.reserveCapacity(Int(n.children))
            var child = index + 1
            for _ in 0..<n.children {
                let c = nodes[child]
                entries.append(TOMLEntry(key: text(c.key_off, c.key_len), value: value(at: child), line: Int(c.line), column: Int(c.column)))
                child += Int(max(c.subtree, 1))
            }
            return .table(TOMLTable(entries: entries))
        case Int32(CTOML_ARRAY.rawValue):
            var items: [TOMLValue] = []
            items.reserveCapacity(Int(n.children))
            var child = index + 1
            for _ in 0..<n.children {
                items.append(value(at: child))
                child += Int(max(nodes[child].subtree, 1))
            }
            return .array(items)
        case Int32(CTOML_STRING.rawValue): return .string(text(n.str_off, n.str_len))
        case Int32(CTOML_INTEGER.rawValue): return .integer(n.integer)
        case Int32(CTOML_FLOAT.rawValue): return .float(n.real)
        case Int32(CTOML_BOOL.rawValue): return .bool(n.integer != 0)
        default: return .datetime(text(n.str_off, n.str_len))
        }
    }
}
