import Foundation

/// A temporary rules root for tests that edit rule files on disk, removed on deinit.
public final class TemporaryRules: @unchecked Sendable {
    public let root: String

    public init(prefix: String = "ruleatlas-rules") throws {
        var template = Array((NSTemporaryDirectory() + prefix + "-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        root = String(cString: made)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    public func path(_ relative: String) -> String { root + "/" + relative }

    /// Writes in place (creating directories), as `echo > file` does.
    public func write(_ relative: String, _ text: String) throws {
        let full = path(relative)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: false, encoding: .utf8)
    }

    /// Writes to a temporary name and renames over `relative`, as editors save.
    public func save(_ relative: String, _ text: String) throws {
        try write(relative + ".tmp~", text)
        try move(relative + ".tmp~", relative)
    }

    public func remove(_ relative: String) throws { try FileManager.default.removeItem(atPath: path(relative)) }

    public func move(_ from: String, _ to: String) throws {
        guard rename(path(from), path(to)) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }
}

/// Sigma rule texts for tests that write rule files.
public enum SigmaText {
    /// A complete rule numbered `n` (its id derives from `n`) under `technique`.
    public static func rule(_ n: Int, technique: String = "t1059.001", image: String = "x.exe", title: String? = nil) -> String {
        """
        title: \(title ?? "Test rule \(n)")
        id: \(id(n))
        status: test
        description: A rule written by the reload tests.
        logsource:
            category: process_creation
            product: windows
        detection:
            selection:
                Image|endswith: '\\\\\(image)'
            condition: selection
        level: high
        tags:
            - attack.execution
            - attack.\(technique)

        """
    }

    public static func id(_ n: Int) -> String { "5f0c0000-0000-4000-8000-\(String(format: "%012d", n))" }

    /// The first part of rule `n` and an unclosed flow sequence: what an editor leaves
    /// when it saves half-written.
    public static func halfWritten(_ n: Int) -> String {
        let full = rule(n)
        return String(full.prefix(full.count * 3 / 5)) + "\n    selection: [unclosed\n"
    }
}
