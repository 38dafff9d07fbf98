/// Cell text for human tables: one line, at most a given width, so tables stay aligned
/// and readable in a 160-column terminal. `--json` output never goes through here.
enum Cell {
    /// `text` with control characters escaped (`\n`, `\t`, `\r`, `\u{..}`) and, when longer
    /// than `width` characters, cut to `width` with a trailing `…` (a leading one with
    /// `keepEnd`, for paths whose file name matters most).
    /// A value with leading or trailing spaces is quoted so the spaces stay visible.
    static func fit(_ text: String, _ width: Int, keepEnd: Bool = false) -> String {
        var line = escaped(text)
        if line.first == " " || line.last == " " { line = "\"" + line + "\"" }
        guard width > 1, line.count > width else { return line }
        if keepEnd {
            line = "…" + String(line.suffix(width - 1))
        } else {
            line = String(line.prefix(width - 1)) + "…"
        }
        return line
    }

    /// `items` joined by `, ` (each shortened to `itemWidth`), the whole cut to `width`.
    static func list(_ items: [String], itemWidth: Int, width: Int) -> String {
        fit(items.map { fit($0, itemWidth) }.joined(separator: ", "), width)
    }

    /// `text` broken into lines of at most `width` characters at spaces (a longer word
    /// stays whole on its own line).
    static func wrap(_ text: String, _ width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    private static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7f }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7f:
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
