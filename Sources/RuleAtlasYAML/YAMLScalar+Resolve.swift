/// YAML 1.1 implicit resolution of plain scalars (PyYAML `SafeLoader` rules), on UTF-8 bytes.
extension YAMLScalar {
    static func resolve(text: String, style: Style, tag: String?) -> Kind {
        if let tag {
            if tag.hasSuffix(":str") || tag == "!" { return .string }
            if tag.hasSuffix(":null") { return .null }
            if tag.hasSuffix(":bool") { return .bool }
            if tag.hasSuffix(":int") { return .int }
            if tag.hasSuffix(":float") { return .float }
            return .string
        }
        guard style == .plain else { return .string }
        var text = text
        return text.withUTF8 { resolvePlain($0) }
    }

    static func resolvePlain(_ b: UnsafeBufferPointer<UInt8>) -> Kind {
        guard let first = b.first else { return .null }
        // Only these first bytes can start a non-string resolution.
        switch first {
        case UInt8(ascii: "~"): return b.count == 1 ? .null : .string
        case UInt8(ascii: "n"), UInt8(ascii: "N"):
            if isWord(b, "null") { return .null }
            return isWord(b, "no") ? .bool : .string
        case UInt8(ascii: "t"), UInt8(ascii: "T"): return isWord(b, "true") ? .bool : .string
        case UInt8(ascii: "f"), UInt8(ascii: "F"): return isWord(b, "false") ? .bool : .string
        case UInt8(ascii: "y"), UInt8(ascii: "Y"): return isWord(b, "yes") ? .bool : .string
        case UInt8(ascii: "o"), UInt8(ascii: "O"): return isWord(b, "on") || isWord(b, "off") ? .bool : .string
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            if isInt(b) { return .int }
            if isFloat(b) { return .float }
            return .string
        default: return .string
        }
    }

    /// `word` in lower case, Capitalized or UPPER case (YAML 1.1 does not accept mixed case).
    private static func isWord(_ b: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard b.count == word.utf8CodeUnitCount else { return false }
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        var lower = true, upper = true, capital = true
        for i in 0..<b.count {
            let c = b[i], l = w[i], u = l - 32
            if c != l { lower = false; if i > 0 { capital = false } }
            if c != u { upper = false; if i == 0 { capital = false } }
        }
        return lower || upper || capital
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    static func isInt(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if b[0] == UInt8(ascii: "-") || b[0] == UInt8(ascii: "+") { i = 1 }
        guard i < b.count, isDigit(b[i]) else { return false }
        let rest = b[i...]
        if rest.count >= 3, b[i] == UInt8(ascii: "0"), b[i + 1] | 0x20 == UInt8(ascii: "x") {
            return rest.dropFirst(2).allSatisfy { isDigit($0) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 102) || $0 == 95 }
        }
        if rest.count >= 3, b[i] == UInt8(ascii: "0"), b[i + 1] == UInt8(ascii: "b") {
            return rest.dropFirst(2).allSatisfy { $0 == 48 || $0 == 49 || $0 == 95 }
        }
        if b[i] == UInt8(ascii: "0") {
            return rest.dropFirst().allSatisfy { ($0 >= 48 && $0 <= 55) || $0 == 95 }
        }
        if rest.allSatisfy({ isDigit($0) || $0 == 95 }) { return true }
        return isSexagesimal(rest, allowFraction: false)
    }

    /// `1:20`, `190:20:30` (and with `allowFraction`, `190:20:30.15`).
    private static func isSexagesimal(_ s: Slice<UnsafeBufferPointer<UInt8>>, allowFraction: Bool) -> Bool {
        var parts = s.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard parts.count >= 2, let head = parts.first, !head.isEmpty,
              head.allSatisfy({ isDigit($0) || $0 == 95 }) else { return false }
        if allowFraction, let last = parts.last, let dot = last.firstIndex(of: UInt8(ascii: ".")) {
            guard last[(dot + 1)...].allSatisfy({ isDigit($0) || $0 == 95 }) else { return false }
            parts[parts.count - 1] = last[..<dot]
        } else if allowFraction {
            return false
        }
        for part in parts.dropFirst() {
            guard part.count >= 1, part.count <= 2, part.allSatisfy(isDigit) else { return false }
            if part.count == 2, part[part.startIndex] > UInt8(ascii: "5") { return false }
        }
        return true
    }

    static func isFloat(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if b[0] == UInt8(ascii: "-") || b[0] == UInt8(ascii: "+") { i = 1 }
        guard i < b.count else { return false }
        let rest = b[i...]
        if b[i] == UInt8(ascii: ".") {
            let word = String(decoding: rest.dropFirst(), as: UTF8.self)
            if ["inf", "Inf", "INF"].contains(word) { return true }
            if ["nan", "NaN", "NAN"].contains(word) { return i == 0 }
            // `.5`, `.5e+3`: a dot then at least one digit.
            let digits = rest.dropFirst()
            guard let d = digits.first, isDigit(d) else { return false }
            return isFraction(digits)
        }
        guard isDigit(b[i]) else { return false }
        if let dot = rest.firstIndex(of: UInt8(ascii: ".")) {
            let whole = b[i..<dot]
            if whole.allSatisfy({ isDigit($0) || $0 == 95 }) { return isFraction(b[(dot + 1)...]) }
        }
        return isSexagesimal(rest, allowFraction: true)
    }

    /// `[0-9_]*` then an optional `[eE][-+][0-9]+`.
    private static func isFraction(_ s: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var idx = s.startIndex
        while idx < s.endIndex, isDigit(s[idx]) || s[idx] == 95 { idx += 1 }
        if idx == s.endIndex { return true }
        guard s[idx] | 0x20 == UInt8(ascii: "e") else { return false }
        idx += 1
        guard idx < s.endIndex, s[idx] == UInt8(ascii: "-") || s[idx] == UInt8(ascii: "+") else { return false }
        idx += 1
        guard idx < s.endIndex else { return false }
        return s[idx...].allSatisfy(isDigit)
    }

    /// Decimal, `0x`, `0b` and leading-zero octal integers, with `_` separators.
    static func integer(_ text: String) -> Int? {
        var digits = Substring(text).filter { $0 != "_" }[...]
        var negative = false
        if let s = digits.first, s == "-" || s == "+" { negative = s == "-"; digits = digits.dropFirst() }
        var radix = 10
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") { radix = 16; digits = digits.dropFirst(2) }
        else if digits.hasPrefix("0b") { radix = 2; digits = digits.dropFirst(2) }
        else if digits.count > 1, digits.hasPrefix("0") { radix = 8; digits = digits.dropFirst() }
        guard let v = Int(digits, radix: radix) else { return nil }
        return negative ? -v : v
    }
}
