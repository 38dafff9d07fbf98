import RuleAtlasIndex
import RuleAtlasModel

/// Keeps a file's previous rules when its new version yields none because it broke
/// (parse errors, unreadable, emptied or cut short so it no longer reads as a rule file).
///
/// The kept file carries the new version's diagnostics plus one saying what was kept, so
/// `server.status` and `index.changed` show the failure while queries keep the rules.
/// A file that still yields some rules is taken as it is; a deleted file is not kept.
enum LastGood {
    static func resolve(previous: IndexedFile, next: IndexedFile) -> IndexedFile {
        guard !previous.rules.isEmpty, next.rules.isEmpty else { return next }
        var diagnostics = next.diagnostics
        switch next.kind {
        case .unsupported:
            return next
        case .rules:
            guard next.failed else { return next }
        case .unreadable:
            break
        case .notRule:
            diagnostics.append(Diagnostic(.error, "no longer reads as a rule file (empty or incomplete)", at: SourceLocation(path: next.path)))
        }
        let count = previous.rules.count
        diagnostics.append(Diagnostic(
            .warning, "keeping the \(count) rule\(count == 1 ? "" : "s") of the last version that parsed",
            at: SourceLocation(path: next.path)))
        return IndexedFile(path: next.path, kind: previous.kind, rules: previous.rules, diagnostics: diagnostics)
    }
}
