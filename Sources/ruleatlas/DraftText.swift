#if canImport(Glibc)
import Glibc
#endif
import RuleAtlasJSON
import RuleAtlasSupport

/// Reads a draft rule for `analyze` and `suggest`: a file path, or `-` for standard input.
enum DraftText {
    static let formatOption = OptionSpec(
        "format", valueName: "FORMAT", help: "sigma or elastic (default: detected from the text).")

    static func read(_ path: String) throws(CLIFailure) -> String {
        let fd = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .usage("cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { if fd != 0 { close(fd) } }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .usage("cannot read \(path): \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            bytes += chunk[0..<n]
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .usage("\(path) is not UTF-8 text") }
        return text
    }

    /// `text` and `format` params.
    static func params(_ args: ParsedArguments, path: String) throws(CLIFailure) -> JSONObject {
        var params: JSONObject = ["text": JSON(try read(path))]
        if let format = args.string("format") { params["format"] = JSON(format) }
        return params
    }
}
