#if canImport(Glibc)
import Glibc
#endif
import RuleAtlasIndex
import RuleAtlasProtocol

extension IndexService {
    /// `server.status` fields of the index: generation, loadedAt, rules, files (with
    /// recognised-but-unparsed files as `skipped`), diagnostics and the last load.
    func contributeStatus(_ result: inout ServerStatus.Result) {
        let snap = snapshot
        let status = snap.status
        result.generation = snap.generation
        result.loadedAt = snap.generation == 0 ? nil : Server.timestamp(time_t(snap.loadedAt))
        result.rules = ServerStatus.RuleCounts(total: status.rulesTotal, byVendor: status.rulesByVendor)
        result.files = ServerStatus.FileCounts(total: status.filesTotal, failed: status.filesFailed, skipped: status.skippedByVendor)
        result.diagnostics = snap.diagnostics.map { WireDiagnostic($0) }
        result.lastReload = lastReload.map { ServerStatus.LastReload(ms: $0.ms, files: $0.files) }
    }
}
