import RuleAtlasIndex
import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasProtocol
import RuleAtlasSupport

/// Registers the index methods (technique, coverage, indicator, rule, event and authoring queries),
/// starts loading `--rules` (or the sample corpus) and adds the index to `server.status`.
public func indexFeature(log: Logger) -> ServerFeature {
    { engine, state in
        let service = IndexService(
            roots: state.options.rulesDirectories, attackPath: state.options.attackFile,
            maxFileSize: state.options.maxRuleFileBytes
        )
        state.features["index"] = service
        registerIndexMethods(on: engine, service: service)
        state.statusContributors.append { [unowned service] result in service.contributeStatus(&result) }
        state.onHangup.append { [unowned service] in service.reload() }
        state.onShutdown.append { [unowned service] in service.stop() }
        do {
            try service.start(loop: state.loop) { message in log.info(message) }
        } catch {
            log.error("cannot start the index", ["error": "\(error)"])
        }
    }
}

/// Every index method on `engine`, each answering from `service.snapshot` at call time.
func registerIndexMethods(on engine: RPCEngine, service: IndexService) {
    registerTechniqueMethods(on: engine, service: service)
    registerIndicatorMethods(on: engine, service: service)
    registerRuleMethods(on: engine, service: service)
    registerAuthoringMethods(on: engine, service: service)
}

extension RPCError {
    /// The wire form of a query error: 1001 or 1002 with `data.hint`.
    init(_ error: IndexQueryError) {
        switch error {
        case .notFound(let what): self = .notFound(what)
        case .badArgument(let message, let hint): self = .badArgument(message, hint: hint)
        }
    }
}

extension RuleAtlasProtocol.RuleFilter {
    var index: IndexFilter { IndexFilter(vendors: vendors, includeDeprecated: includeDeprecated) }
}

extension RuleAtlasProtocol.Paging {
    var index: PageWindow { PageWindow(checkedLimit: limit, offset: offset) }
}

/// Runs a query, turning its `IndexQueryError` into the wire error.
func answering<T>(_ body: () throws(IndexQueryError) -> T) throws(RPCError) -> T {
    do { return try body() } catch { throw RPCError(error) }
}
