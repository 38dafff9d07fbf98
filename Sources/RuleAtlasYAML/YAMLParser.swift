import CYAML
import RuleAtlasModel

/// Reads YAML streams into `YAMLNode` trees with libyaml's event API.
public enum YAMLParser {
    /// Limits that keep hostile input from costing more than a diagnostic.
    public struct Limits: Sendable {
        /// Nodes that alias expansion may add to one document ("billion laughs" guard).
        public var aliasExpansion: Int
        /// Maximum nesting of sequences and mappings.
        public var depth: Int

        public init(aliasExpansion: Int = 100_000, depth: Int = 256) {
            self.aliasExpansion = aliasExpansion
            self.depth = depth
        }
    }

    /// Parses every document of `bytes` (UTF-8, or UTF-16 with a BOM).
    ///
    /// Never fails: syntax errors, invalid UTF-8, an alias bomb or excessive nesting
    /// become error diagnostics at `path:line:column`; duplicate mapping keys are warnings.
    ///
    /// With `keepingTopLevel`, top-level entries under other keys may be left out first
    /// (`YAMLTopLevelFilter`: only entries that read without any diagnostic); if the text
    /// left still has an error, the whole text is read instead, so the diagnostics are
    /// always those of the text as written.
    public static func parse(bytes: [UInt8], path: String, limits: Limits = Limits(), keepingTopLevel keep: YAMLTopLevelFilter.Keys?) -> YAMLParseResult {
        guard let keep, let shorter = YAMLTopLevelFilter.omitting(bytes, keeping: keep) else {
            return parse(bytes: bytes, path: path, limits: limits)
        }
        let result = parse(bytes: shorter, path: path, limits: limits)
        if result.diagnostics.contains(where: { $0.severity == .error }) { return parse(bytes: bytes, path: path, limits: limits) }
        return result
    }

    /// Parses every document of `bytes` as written.
    public static func parse(bytes: [UInt8], path: String, limits: Limits = Limits()) -> YAMLParseResult {
        var result = YAMLParseResult()
        var start = 0
        var lineOffset = 0
        while start < bytes.count || (start == 0 && bytes.isEmpty) {
            let resume: Int? = bytes.withUnsafeBufferPointer { all in
                let segment = UnsafeBufferPointer(rebasing: all[start...])
                var builder = YAMLBuilder(path: path, lineOffset: lineOffset, limits: limits)
                let error = builder.run(segment)
                result.documents.append(contentsOf: builder.documents)
                result.diagnostics.append(contentsOf: builder.diagnostics)
                guard let error else { return nil }
                var offset = error.byteOffset
                if error.atContinuation, let o = offset { offset = YAMLLines.sequenceStart(before: o, in: segment) }
                let at = YAMLLines.location(ofByte: offset, line: error.line, in: segment)
                if !error.reported {
                    result.diagnostics.append(Diagnostic(.error, error.message, at: SourceLocation(
                        path: path, line: at.line + lineOffset, column: at.column)))
                }
                return YAMLLines.nextDocumentStart(in: segment, fromLine: at.line).map { start + $0 }
            }
            guard let next = resume, next > start else { break }
            lineOffset += YAMLLines.newlines(in: bytes, from: start, to: next)
            start = next
        }
        return result
    }
}
