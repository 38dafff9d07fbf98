import RuleAtlasIndex
import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasProtocol
import RuleAtlasSupport

/// Live reload as a server feature: `server.reload`, `index.subscribe`/`index.unsubscribe`,
/// `index.changed` notifications, the reload fields of `server.status` (`lastReload`,
/// `pendingChanges`) and, unless `--no-watch`, a coordinator following `--rules` on disk.
///
/// Register it after `indexFeature`: it publishes into that feature's `IndexService`
/// (which answers every query), waits for its first load before rebuilding, and takes
/// over its `SIGHUP` rescans. `server.reload` is answered once its rescan (run on the
/// reload worker, never on the loop) is swapped in. With no `--rules` (the built-in sample) there is nothing to
/// watch; `server.reload` then answers the current generation.
public func reloadFeature(log: Logger) -> ServerFeature {
    { engine, state in
        let subscriptions = IndexSubscriptions()
        state.features["subscriptions"] = subscriptions
        IndexSubscribe.register(on: engine) { _, context throws(RPCError) in
            subscriptions.subscribe(context.connectionID)
            return true
        }
        IndexUnsubscribe.register(on: engine) { _, context throws(RPCError) in
            subscriptions.unsubscribe(context.connectionID)
            return true
        }
        guard let service = state.features["index"] as? IndexService, !service.roots.isEmpty else {
            ServerReload.register(on: engine) { _, _ throws(RPCError) in
                ServerReload.Result(generation: (state.features["index"] as? IndexService)?.snapshot.generation ?? 0)
            }
            return
        }
        let settings = ReloadSettings(debounceMs: state.options.debounceMs)
        let coordinator: ReloadCoordinator
        do {
            coordinator = try ReloadCoordinator(
                loop: state.loop, store: service, planner: ReloadPlanner(builder: IndexBuilder(roots: service.roots)),
                settings: settings)
        } catch {
            log.error("live reload is off: cannot create its handles", ["error": "\(error)"])
            return
        }
        state.features["reload"] = coordinator
        service.liveReload = coordinator
        coordinator.hold()
        service.onLoaded.append { [unowned coordinator] in coordinator.release() }
        coordinator.onReload.append { [unowned state, unowned service] outcome in
            subscriptions.publish(indexChanged(outcome, generation: service.snapshot.generation), through: state)
            log.info("index reloaded", [
                "generation": String(service.snapshot.generation), "changed": String(outcome.changed.count),
                "ms": String(Int(outcome.milliseconds.rounded())),
            ])
        }
        if state.options.watchRules { coordinator.start() }
        state.onShutdown.append { coordinator.close() }
        // Answered when the rescan, run on the reload worker, is swapped in; the loop
        // keeps serving every client meanwhile.
        engine.registerDeferring(ServerReload.method) { params, _, reply throws(RPCError) in
            _ = try ServerReload.Params(params: params)
            coordinator.reload { generation in
                guard let generation else { return reply.fail(.internalError("the server is shutting down")) }
                reply.complete(ServerReload.Result(generation: generation).json)
            }
            return .pending
        }
        state.statusContributors.append { result in
            if let last = coordinator.lastReload {
                result.lastReload = ServerStatus.LastReload(ms: Int(last.milliseconds.rounded()), files: last.files)
            }
            result.pendingChanges = coordinator.pending.count
        }
    }
}

extension IndexService: SnapshotPublishing {
    public var current: IndexSnapshot { snapshot }
}

/// The `index.changed` params for a published outcome.
func indexChanged(_ outcome: ReloadOutcome, generation: Int) -> JSON {
    IndexChanged(
        generation: generation, changed: outcome.changed, added: outcome.added, removed: outcome.removed,
        updated: outcome.updated, diagnostics: outcome.diagnostics.map { WireDiagnostic($0) }
    ).json
}
