#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Leaves out top-level entries a reader does not use before libyaml reads the text.
///
/// A rule file spends a quarter of its bytes on entries no reader looks at (references,
/// authors, dates, false-positive notes). Parsing them costs as much as parsing what is
/// used, so their lines are emptied first: every line keeps its line break, so every
/// node left keeps its line and column.
///
/// Only entries that libyaml would read without complaint are blanked, so no diagnostic
/// is lost: a top-level `key:` (letters, digits, `_`, `-`) appearing once in its
/// document, not the document's first entry, made of printable ASCII only, whose value is
/// one of
/// - a one-line plain scalar (no indicator first, no `: ` inside), or a one-line quoted
///   scalar without escapes;
/// - nothing, followed by a block sequence of such one-line items at one indentation;
/// - a literal or folded block scalar (`|`, `>`) with its indented lines.
/// Any other entry is kept as written. A text of another shape (a top-level sequence,
/// tabs at column 0, quoted or complex keys, a quoted scalar or flow collection left open
/// at the end of a top-level line) is not filtered at all.
public enum YAMLTopLevelFilter {
    /// `bytes` with the lines of the entries of top-level keys not in `keep` emptied
    /// (their line breaks stay), or nil when nothing was left out.
    public static func omitting(_ bytes: [UInt8], keeping keep: Keys) -> [UInt8]? {
        let omitted: [Block]? = bytes.withUnsafeBufferPointer { text in
            guard let blocks = Scanner(text: text, keep: keep.bytes).blocks() else { return nil }
            return blocks.filter { b in
                // Once in its document: a repeated key stays, so its duplicate warning does too.
                b.simple && !b.firstInDocument && !blocks.contains { $0.start != b.start && $0.document == b.document && $0.sameKey(as: b, in: text) }
            }
        }
        guard let omitted, !omitted.isEmpty else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var at = 0
        for b in omitted {
            out.append(contentsOf: bytes[at..<b.start])
            bytes.withUnsafeBufferPointer { text in
                // Only the line breaks stay (CR LF kept as written).
                var i = b.start
                while i < b.end, let nl = memchr(text.baseAddress! + i, 0x0A, b.end - i) {
                    let at = UnsafeRawPointer(nl) - UnsafeRawPointer(text.baseAddress!)
                    if at > b.start && text[at - 1] == 0x0D { out.append(0x0D) }
                    out.append(0x0A)
                    i = at + 1
                }
            }
            at = b.end
        }
        out.append(contentsOf: bytes[at...])
        return out
    }

    /// The top-level keys whose entries stay, as bytes (made once, used for every file).
    public struct Keys: Sendable, ExpressibleByArrayLiteral {
        let bytes: [[UInt8]]

        public init(_ keys: some Sequence<String>) { bytes = keys.map { Array($0.utf8) } }
        public init(arrayLiteral keys: String...) { self.init(keys) }
    }

    /// One top-level entry: its byte range (whole lines) and whether it may be left out.
    struct Block {
        /// The key's length; it starts at `start`.
        var keyLength: Int
        var document: Int
        var firstInDocument: Bool
        var start: Int
        var end: Int
        var simple: Bool

        func sameKey(as other: Block, in text: UnsafeBufferPointer<UInt8>) -> Bool {
            keyLength == other.keyLength && memcmp(text.baseAddress! + start, text.baseAddress! + other.start, keyLength) == 0
        }
    }

    /// Splits a text into top-level entries line by line; nil for a shape it does not handle.
    struct Scanner {
        let text: UnsafeBufferPointer<UInt8>
        /// The keys whose entries stay, as bytes.
        let keep: [[UInt8]]

        private enum Value {
            /// A complete one-line scalar: no line may follow.
            case scalar
            /// Nothing yet: a block sequence may follow.
            case empty
            /// `|` or `>`: indented lines follow.
            case blockScalar
            /// Anything else: kept.
            case other
            /// A quoted scalar or flow collection that goes on past its line.
            case open
        }

        func blocks() -> [Block]? {
            var blocks: [Block] = []
            /// The entry the lines read now belong to; none before a document's first key.
            var current: Int? = nil
            var document = 0
            var firstInDocument = true
            var value = Value.other
            var itemIndent: Int? = nil
            /// Lines indented past this are block scalar content (no YAML syntax in them).
            var contentIndent: Int? = nil
            var lineStart = 0
            guard let base = text.baseAddress else { return nil }
            while lineStart < text.count {
                let newline = memchr(base + lineStart, 0x0A, text.count - lineStart)
                let lineEnd = newline.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? text.count
                let next = lineEnd < text.count ? lineEnd + 1 : lineEnd
                var contentEnd = lineEnd
                if contentEnd > lineStart && text[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
                let line = UnsafeBufferPointer(rebasing: text[lineStart..<contentEnd])
                defer { lineStart = next }
                let first = line.first
                let marker = first == UInt8(ascii: "-") && Self.isMarker(line, UInt8(ascii: "-"))
                    || first == UInt8(ascii: ".") && Self.isMarker(line, UInt8(ascii: "."))
                if marker || first == UInt8(ascii: "%") {
                    // A new document: nothing after this line belongs to an earlier entry.
                    document += 1
                    firstInDocument = true
                    current = nil
                    value = .other
                    itemIndent = nil
                    contentIndent = nil
                    continue
                }
                if line.isEmpty || first == UInt8(ascii: " ") || first == UInt8(ascii: "#") || (first == UInt8(ascii: "-") && value == .empty) {
                    // A line inside the current entry (or before a document's first one).
                    guard let current, current == blocks.count - 1 else {
                        if line.isEmpty || first == UInt8(ascii: "#") { continue }
                        return nil
                    }
                    blocks[current].end = next
                    let indent = Self.indentation(line)
                    let isContent = contentIndent.map { indent > $0 || indent == line.count } ?? false
                    if !isContent { contentIndent = nil }
                    if blocks[blocks.count - 1].simple {
                        blocks[blocks.count - 1].simple = Self.continues(line, value: &value, itemIndent: &itemIndent)
                    }
                    if !blocks[blocks.count - 1].simple && !isContent {
                        // A line of an entry that stays: it must not leave a quoted scalar or
                        // flow collection open, or a later line at column 0 could be inside it.
                        switch Self.opening(line, indent: indent) {
                        case .open: return nil
                        case .blockScalar: contentIndent = indent
                        case .none: break
                        }
                    }
                    continue
                }
                guard let keyLength = Self.keyLength(line) else { return nil }
                let rest = UnsafeBufferPointer(rebasing: line[(keyLength + 1)...])
                value = Self.value(rest)
                if value == .open { return nil }
                itemIndent = nil
                contentIndent = value == .blockScalar ? 0 : nil
                let wanted = keep.contains { $0.count == keyLength && memcmp($0, base + lineStart, keyLength) == 0 }
                blocks.append(Block(
                    keyLength: keyLength, document: document, firstInDocument: firstInDocument, start: lineStart, end: next,
                    simple: !wanted && value != .other && Self.printable(line)))
                current = blocks.count - 1
                firstInDocument = false
            }
            return blocks
        }

        private enum Opening {
            case none
            /// A block scalar starts; more indented lines are its text.
            case blockScalar
            /// A quoted scalar or flow collection goes on past the line.
            case open
        }

        /// What a line of a kept entry leaves open: its sequence dashes, then a key and a
        /// value or a value alone, read far enough to see how the value starts.
        private static func opening(_ line: UnsafeBufferPointer<UInt8>, indent: Int) -> Opening {
            // Most lines hold none of the characters that open anything.
            guard let base = line.baseAddress else { return .none }
            var scan = base + indent
            let stop = base + line.count
            var interesting = false
            while scan < stop {
                let c = scan.pointee
                if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "[") || c == UInt8(ascii: "{")
                    || c == UInt8(ascii: "|") || c == UInt8(ascii: ">") {
                    interesting = true
                    break
                }
                scan += 1
            }
            guard interesting else { return .none }
            var i = indent
            while i + 1 < line.count && line[i] == UInt8(ascii: "-") && line[i + 1] == UInt8(ascii: " ") {
                i += 2
                while i < line.count && line[i] == UInt8(ascii: " ") { i += 1 }
            }
            guard i < line.count, line[i] != UInt8(ascii: "#") else { return .none }
            var v = i
            let c = line[i]
            if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") {
                let rest = UnsafeBufferPointer(rebasing: line[i...])
                guard let end = closingQuote(rest) else { return .open }
                var j = i + end + 1
                while j < line.count && line[j] == UInt8(ascii: " ") { j += 1 }
                // A quoted key: its value follows; otherwise the quoted value is complete.
                guard j < line.count, line[j] == UInt8(ascii: ":"), j + 1 == line.count || line[j + 1] == UInt8(ascii: " ") else { return .none }
                v = j + 1
            } else if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") {
                return flowCloses(trimmed(UnsafeBufferPointer(rebasing: line[i...]))) ? .none : .open
            } else {
                var j = i
                while j < line.count && !(line[j] == UInt8(ascii: ":") && (j + 1 == line.count || line[j + 1] == UInt8(ascii: " "))) {
                    if line[j] == UInt8(ascii: "#") && j > i && line[j - 1] == UInt8(ascii: " ") { return .none }
                    j += 1
                }
                guard j < line.count else { return .none }  // a plain scalar line
                v = j + 1
            }
            var value = trimmed(UnsafeBufferPointer(rebasing: line[v...]))
            // An anchor or tag before the value: look past it.
            while let f = value.first, f == UInt8(ascii: "&") || f == UInt8(ascii: "!") {
                var k = 0
                while k < value.count && value[k] != UInt8(ascii: " ") { k += 1 }
                value = trimmed(UnsafeBufferPointer(rebasing: value[k...]))
            }
            guard let f = value.first else { return .none }
            if f == UInt8(ascii: "|") || f == UInt8(ascii: ">") { return .blockScalar }
            if f == UInt8(ascii: "'") || f == UInt8(ascii: "\"") { return closingQuote(value) != nil ? .none : .open }
            if f == UInt8(ascii: "[") || f == UInt8(ascii: "{") { return flowCloses(value) ? .none : .open }
            return .none
        }

        /// A flow collection that ends on its line with the closer of its opener.
        static func flowCloses(_ v: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let f = v.first, let l = v.last else { return false }
            return (f == UInt8(ascii: "[") && l == UInt8(ascii: "]")) || (f == UInt8(ascii: "{") && l == UInt8(ascii: "}"))
        }

        static func indentation(_ line: UnsafeBufferPointer<UInt8>) -> Int {
            var i = 0
            while i < line.count && line[i] == UInt8(ascii: " ") { i += 1 }
            return i
        }

        /// `---` or `...` alone or followed by a blank.
        static func isMarker(_ line: UnsafeBufferPointer<UInt8>, _ c: UInt8) -> Bool {
            line.count >= 3 && line[0] == c && line[1] == c && line[2] == c && (line.count == 3 || line[3] == UInt8(ascii: " ") || line[3] == UInt8(ascii: "\t"))
        }

        /// The length of `name` in `name:` at column 0 followed by a blank or the end of the line.
        static func keyLength(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
            guard let f = line.first, isLetter(f) || f == UInt8(ascii: "_") else { return nil }
            var i = 1
            while i < line.count, isLetter(line[i]) || isDigit(line[i]) || line[i] == UInt8(ascii: "_") || line[i] == UInt8(ascii: "-") { i += 1 }
            guard i < line.count, line[i] == UInt8(ascii: ":") else { return nil }
            guard i + 1 == line.count || line[i + 1] == UInt8(ascii: " ") else { return nil }
            return i
        }

        /// What follows `key:` on its line.
        private static func value(_ rest: UnsafeBufferPointer<UInt8>) -> Value {
            let v = trimmed(rest)
            guard let f = v.first else { return .empty }
            if f == UInt8(ascii: "|") || f == UInt8(ascii: ">") {
                // `|`, `>-`, `|+2`, `|2-`: at most one chomping indicator and one indentation
                // digit (1 to 9), in either order, and nothing else.
                var chomping = 0, digits = 0
                for c in v.dropFirst() {
                    if c == UInt8(ascii: "-") || c == UInt8(ascii: "+") {
                        chomping += 1
                    } else if c >= UInt8(ascii: "1") && c <= UInt8(ascii: "9") {
                        digits += 1
                    } else {
                        return .other
                    }
                }
                return chomping <= 1 && digits <= 1 ? .blockScalar : .other
            }
            if f == UInt8(ascii: "&") || f == UInt8(ascii: "!") {
                // An anchor or tag first: kept, but what follows must not stay open.
                var w = v
                while let g = w.first, g == UInt8(ascii: "&") || g == UInt8(ascii: "!") {
                    var k = 0
                    while k < w.count && w[k] != UInt8(ascii: " ") { k += 1 }
                    w = trimmed(UnsafeBufferPointer(rebasing: w[k...]))
                }
                guard let g = w.first else { return .other }
                if g == UInt8(ascii: "'") || g == UInt8(ascii: "\"") { return closingQuote(w) != nil ? .other : .open }
                if g == UInt8(ascii: "[") || g == UInt8(ascii: "{") { return flowCloses(w) ? .other : .open }
                return .other
            }
            if isOneLineScalar(v) { return .scalar }
            if f == UInt8(ascii: "'") || f == UInt8(ascii: "\"") { return closingQuote(v) != nil ? .other : .open }
            if f == UInt8(ascii: "[") && v.last != UInt8(ascii: "]") || f == UInt8(ascii: "{") && v.last != UInt8(ascii: "}") { return .open }
            return .other
        }

        /// The offset of the quote closing the quoted scalar `v` starts with, nil when it
        /// does not close on its line.
        static func closingQuote(_ v: UnsafeBufferPointer<UInt8>) -> Int? {
            let q = v[0]
            var i = 1
            while i < v.count {
                if q == UInt8(ascii: "\"") && v[i] == UInt8(ascii: "\\") {
                    i += 2
                    continue
                }
                if v[i] == q {
                    if q == UInt8(ascii: "'") && i + 1 < v.count && v[i + 1] == q {
                        i += 2
                        continue
                    }
                    return i
                }
                i += 1
            }
            return nil
        }

        /// Whether a line after the entry's first keeps it simple, given what came before.
        private static func continues(_ line: UnsafeBufferPointer<UInt8>, value: inout Value, itemIndent: inout Int?) -> Bool {
            guard printable(line) else { return false }
            var indent = 0
            while indent < line.count && line[indent] == UInt8(ascii: " ") { indent += 1 }
            if indent == line.count { return true }  // blank
            if line[indent] == UInt8(ascii: "#") { return value != .blockScalar || indent > 0 }
            switch value {
            case .blockScalar:
                return indent > 0
            case .scalar, .other, .open:
                return false
            case .empty:
                // `- item` lines, all at one indentation.
                guard line[indent] == UInt8(ascii: "-"), indent + 1 < line.count, line[indent + 1] == UInt8(ascii: " ") else { return false }
                if let i = itemIndent, i != indent { return false }
                itemIndent = indent
                let item = trimmed(UnsafeBufferPointer(rebasing: line[(indent + 2)...]))
                return !item.isEmpty && isOneLineScalar(item)
            }
        }

        /// A plain scalar that cannot start anything else and holds no `: `, or a quoted
        /// one closed on the line with nothing after it and no escapes.
        static func isOneLineScalar(_ v: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let f = v.first, let l = v.last else { return false }
            if f == UInt8(ascii: "'") || f == UInt8(ascii: "\"") {
                guard v.count >= 2, l == f else { return false }
                var i = 1
                while i < v.count - 1 {
                    let c = v[i]
                    if c == UInt8(ascii: "\\") && f == UInt8(ascii: "\"") { return false }
                    if c == f {
                        // Only `''` inside single quotes; a double quote inside ends the scalar early.
                        guard f == UInt8(ascii: "'"), i + 1 < v.count - 1, v[i + 1] == f else { return false }
                        i += 1
                    }
                    i += 1
                }
                return true
            }
            switch f {
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
                UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
                return false
            default: break
            }
            for i in 0..<v.count where v[i] == UInt8(ascii: ":") && (i + 1 == v.count || v[i + 1] == UInt8(ascii: " ")) { return false }
            return true
        }

        /// Without leading blanks, and without trailing blanks and comment.
        static func trimmed(_ s: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
            var a = 0
            while a < s.count && s[a] == UInt8(ascii: " ") { a += 1 }
            var b = a
            // A ` #` outside quotes starts a comment; quoted values with one are not simple.
            while b < s.count && !(s[b] == UInt8(ascii: "#") && b > a && s[b - 1] == UInt8(ascii: " ")) { b += 1 }
            if b < s.count, s[a] == UInt8(ascii: "'") || s[a] == UInt8(ascii: "\"") { b = s.count }
            while b > a && s[b - 1] == UInt8(ascii: " ") { b -= 1 }
            return UnsafeBufferPointer(rebasing: s[a..<b])
        }

        /// Printable ASCII only (no tabs, controls or other encodings).
        static func printable(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
            for c in line where c < 0x20 || c > 0x7E { return false }
            return true
        }

        static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") }
        static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
    }
}
