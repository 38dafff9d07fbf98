import RuleAtlasIndex
import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasProtocol
import RuleAtlasSupport

/// Live reload as a server feature: the coordinator on the server's loop, `server.reload`,
/// `index.subscribe`/`index.unsubscribe`, `index.changed` notifications, `SIGHUP`, and the
/// reload fields of `server.status` (`lastReload`, `pendingChanges`).
///
/// Register it after the feature that contributes the index fields of `server.status`, so
/// its `lastReload` is the one shown. Queries read `store.current`; the coordinator
/// replaces it between requests.
public func reloadFeature(store: SnapshotPublishing, builder: IndexBuilder, settings: ReloadSettings = ReloadSettings()) -> ServerFeature {
    { engine, state in
        let coordinator: ReloadCoordinator
        do {
            coordinator = try ReloadCoordinator(loop: state.loop, store: store, planner: ReloadPlanner(builder: builder), settings: settings)
        } catch {
            StandardError.write("ruleatlasd: live reload is off: cannot start watching: \(error)\n")
            return
        }
        let subscriptions = IndexSubscriptions()
        state.features["reload"] = coordinator
        state.features["subscriptions"] = subscriptions
        coordinator.onReload.append { [unowned state] outcome in
            subscriptions.publish(indexChanged(outcome, generation: store.current.generation), through: state)
        }
        coordinator.start()
        state.onHangup.append { coordinator.requestFullRescan() }
        state.onShutdown.append { coordinator.close() }

        ServerReload.register(on: engine) { _, _ throws(RPCError) in
            ServerReload.Result(generation: coordinator.reloadNow())
        }
        IndexSubscribe.register(on: engine) { _, context throws(RPCError) in
            subscriptions.subscribe(context.connectionID)
            return true
        }
        IndexUnsubscribe.register(on: engine) { _, context throws(RPCError) in
            subscriptions.unsubscribe(context.connectionID)
            return true
        }
        state.statusContributors.append { result in
            if let last = coordinator.lastReload {
                result.lastReload = ServerStatus.LastReload(ms: Int(last.milliseconds.rounded()), files: last.files)
            }
            result.pendingChanges = coordinator.pending.count
        }
    }
}

/// The `index.changed` params for a published outcome.
func indexChanged(_ outcome: ReloadOutcome, generation: Int) -> JSON {
    IndexChanged(
        generation: generation, changed: outcome.changed, added: outcome.added, removed: outcome.removed,
        updated: outcome.updated, diagnostics: outcome.diagnostics.map { WireDiagnostic($0) }
    ).json
}
