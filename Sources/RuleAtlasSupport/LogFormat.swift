/// logfmt formatting: `key=value` pairs separated by spaces.
///
/// Values are written bare when they are non-empty printable ASCII without spaces, `=` or
/// `"`; otherwise they are quoted, with `"` and `\` backslash-escaped and control
/// characters written as `\n`, `\r`, `\t` or `\u00XX`. Non-ASCII text is kept inside
/// quotes. `msg` is always quoted. Keys lose anything but letters, digits, `_`, `.`, `-`.
public enum LogFormat {
    public static func line(ts: String, level: LogLevel, message: String, fields: [(String, String)]) -> String {
        var out = "ts=\(ts) level=\(level) msg=\(quoted(message))"
        for (key, value) in fields {
            out += " " + self.key(key) + "=" + self.value(value)
        }
        return out + "\n"
    }

    public static func key(_ k: String) -> String {
        let cleaned = String(k.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_.-".unicodeScalars.contains($0)) })
        return cleaned.isEmpty ? "_" : cleaned
    }

    public static func value(_ v: String) -> String {
        let bare = !v.isEmpty && v.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "=") && $0 != UInt8(ascii: "\"") }
        return bare ? v : quoted(v)
    }

    public static func quoted(_ v: String) -> String {
        var out = "\""
        for scalar in v.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
