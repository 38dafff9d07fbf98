#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RuleAtlasModel

/// Detects a rule file's vendor from its content before any parser runs.
///
/// YAML: the top-level keys of every document, read from lines that start in column 0
/// (`detection`/`correlation` with `logsource`: Sigma; `search` with `tags`: Splunk;
/// `query` with `relevantTechniques` or `queryFrequency`: Sentinel). TOML: a `[rule]`
/// table. Anything else is not a rule file. The scan costs one pass over the bytes.
public enum VendorSniffer {
    public static func detect(_ bytes: [UInt8], toml: Bool) -> Vendor? {
        toml ? (hasRuleTable(bytes) ? .elastic : nil) : detectYAML(topLevelKeys(bytes))
    }

    static func detectYAML(_ keys: Set<String>) -> Vendor? {
        if keys.contains("correlation") || (keys.contains("detection") && keys.contains("logsource")) { return .sigma }
        if keys.contains("search") && keys.contains("tags") { return .splunk }
        if keys.contains("query") && (keys.contains("relevantTechniques") || keys.contains("queryFrequency")) { return .kql }
        return nil
    }

    /// Keys of top-level mappings that decide the vendor: `key:` at column 0, quotes stripped.
    static func topLevelKeys(_ b: [UInt8]) -> Set<String> {
        var keys = Set<String>()
        var i = 0
        let n = b.count
        if n >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
        while i < n {
            let end = lineEnd(b, from: i)
            if let key = lineKey(b, i, end) { keys.insert(key) }
            i = end + 1
        }
        return keys
    }

    /// The offset of the next line feed at or after `i`, or `b.count`.
    private static func lineEnd(_ b: [UInt8], from i: Int) -> Int {
        b.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress, i < buf.count, let nl = memchr(base + i, 0x0A, buf.count - i) else { return buf.count }
            return UnsafeRawPointer(nl) - UnsafeRawPointer(base)
        }
    }

    private static func lineKey(_ b: [UInt8], _ start: Int, _ end: Int) -> String? {
        guard start < end else { return nil }
        let c = b[start]
        // Indented, comment, list item, document marker, flow or block scalar: not a key line.
        if c == 0x20 || c == 0x09 || c == 0x23 || c == 0x2D || c == 0x2E || c == 0x7B || c == 0x5B || c == 0x0D { return nil }
        var s = start
        var e = start
        var quote: UInt8 = 0
        if c == 0x22 || c == 0x27 { quote = c; s += 1; e = s }
        while e < end {
            let x = b[e]
            if quote != 0 {
                if x == quote { break }
            } else if x == 0x3A, e + 1 == end || b[e + 1] == 0x20 || b[e + 1] == 0x0D || b[e + 1] == 0x09 {
                break
            }
            e += 1
        }
        guard e < end, e > s else { return nil }
        if quote != 0 { guard e + 1 < end, b[e + 1] == 0x3A else { return nil } }
        guard let known = deciding.first(where: { $0.count == e - s && b[s..<e].elementsEqual($0) }) else { return nil }
        return String(decoding: known, as: UTF8.self)
    }

    /// The keys `detectYAML` looks at; other keys are not turned into strings.
    private static let deciding: [[UInt8]] = ["correlation", "detection", "logsource", "search", "tags", "query",
                                              "relevantTechniques", "queryFrequency"].map { Array($0.utf8) }

    /// A line holding `[rule]` and blanks only. Found by looking at each `[` for the text,
    /// then checking its line.
    private static func hasRuleTable(_ b: [UInt8]) -> Bool {
        let pattern: [UInt8] = Array("[rule]".utf8)
        let hits: [Int] = b.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return [] }
            var found: [Int] = []
            var at = 0
            while at < buf.count, let p = memchr(base + at, 0x5B, buf.count - at) {
                let offset = UnsafeRawPointer(p) - UnsafeRawPointer(base)
                if buf.count - offset >= pattern.count, memcmp(base + offset, pattern, pattern.count) == 0 { found.append(offset) }
                at = offset + 1
            }
            return found
        }
        for hit in hits {
            var i = hit
            while i > 0, b[i - 1] != 0x0A { i -= 1 }
            let end = lineEnd(b, from: hit)
            var s = i
            while s < end, b[s] == 0x20 || b[s] == 0x09 { s += 1 }
            var e = end
            while e > s, b[e - 1] == 0x20 || b[e - 1] == 0x0D || b[e - 1] == 0x09 { e -= 1 }
            if e - s == pattern.count, b[s..<e].elementsEqual(pattern) { return true }
        }
        return false
    }
}
