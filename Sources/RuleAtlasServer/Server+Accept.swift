import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasUV
#if canImport(Glibc)
import Glibc
#endif

extension Server {
    /// Admits or refuses a new peer: `--allow-uid`, the total and per-uid caps.
    func didAccept(_ result: Result<UVConnection, UVError>) {
        let connection: UVConnection
        switch result {
        case .failure(let error):
            acceptFailed(error)
            return
        case .success(let accepted):
            connection = accepted
        }
        guard phase == .running else {
            connection.close()
            return
        }
        let uid = connection.peer?.uid ?? UInt32.max
        let pid = connection.peer?.pid ?? -1
        let limits = state.options.limits
        let allowed = state.options.allowedUIDs
        if !allowed.isEmpty, !allowed.contains(uid), uid != getuid() {
            log.warn("connection refused", ["uid": uid, "pid": pid, "reason": "uid not in --allow-uid"])
            connection.close()
            return
        }
        if state.sessions.count >= limits.maxConnections {
            refuse(connection, uid: uid, pid: pid, limit: "connections", count: limits.maxConnections)
            return
        }
        if connectionCount(uid: uid) >= limits.maxConnectionsPerUID {
            refuse(connection, uid: uid, pid: pid, limit: "connectionsPerUid", count: limits.maxConnectionsPerUID)
            return
        }
        let id = takeConnectionID()
        let session = ClientSession(id: id, connection: connection, engine: engine, limits: limits)
        session.onClosed = { [unowned self] session in self.sessionDidClose(session) }
        state.sessions[id] = session
        state.connectionsAccepted += 1
        state.connectionCount = state.sessions.count
        adjustConnectionCount(uid: uid, by: 1)
        log.info("connection opened", ["conn": id, "uid": uid, "pid": pid])
        session.start()
    }

    private func refuse(_ connection: UVConnection, uid: UInt32, pid: Int32, limit: String, count: Int) {
        log.warn("connection refused", ["uid": uid, "pid": pid, "limit": limit, "max": count])
        var refusal = RPCError.overloaded(limit: limit)
        refusal.data = .object(["limit": .string(limit), "max": JSON(count)])
        var body: [UInt8] = []
        RPCEngine.writeError(refusal, id: .null, into: &body)
        Framing.newline.frame(&body, bodyStart: 0)
        connection.write(body)
        connection.closeAfterFlush()
    }

    private func sessionDidClose(_ session: ClientSession) {
        state.sessions[session.id] = nil
        state.connectionCount = state.sessions.count
        adjustConnectionCount(uid: session.peerUID, by: -1)
        log.info("connection closed", ["conn": session.id, "uid": session.peerUID, "pid": session.peerPID, "reason": session.endReason])
        if phase == .draining { stopIfDrained() }
    }

    /// Out of descriptors: libuv has already accepted and closed the waiting peers with its
    /// reserved descriptor; pause briefly so a flood cannot keep the loop spinning.
    private func acceptFailed(_ error: UVError) {
        let now = loop.now
        if now &- lastEMFILELogTime >= 10_000 {
            log.warn("accept failed", ["error": error.description])
            lastEMFILELogTime = now
        }
        if error == .tooManyOpenFiles || error.code == -ENFILE {
            listener.pauseAccepting()
            acceptPauseTimer.start(after: 100) { [unowned self] in self.listener.resumeAccepting() }
        }
    }
}
