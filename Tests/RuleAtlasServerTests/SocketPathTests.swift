import Foundation
import RuleAtlasSupport
import Testing
@testable import RuleAtlasServer

@Suite struct SocketPathTests {
    @Test func resolutionOrderIsFlagEnvironmentRuntimeDirThenTmp() {
        let env = ["RULEATLAS_SOCKET": "/e.sock", "XDG_RUNTIME_DIR": "/run/user/7"]
        #expect(SocketPath.resolve(flag: "/f.sock", environment: env, uid: 7) == SocketPath(path: "/f.sock", source: .flag))
        #expect(SocketPath.resolve(flag: nil, environment: env, uid: 7).path == "/e.sock")
        #expect(SocketPath.resolve(flag: "", environment: ["RULEATLAS_SOCKET": "", "XDG_RUNTIME_DIR": "/run/user/7/"], uid: 7).path == "/run/user/7/ruleatlas.sock")
        let fallback = SocketPath.resolve(flag: nil, environment: [:], uid: 1000)
        #expect(fallback == SocketPath(path: "/tmp/ruleatlas-1000/ruleatlas.sock", source: .temporary))
        #expect(fallback.directory == "/tmp/ruleatlas-1000")
    }

    @Test func pathsOver107BytesAreRefused() {
        let ok = SocketPath(path: "/" + String(repeating: "a", count: 106), source: .flag)
        let long = SocketPath(path: "/" + String(repeating: "a", count: 107), source: .flag)
        #expect(ok.lengthProblem == nil)
        #expect(long.lengthProblem?.contains("107") == true)
        #expect(throws: ServerStartError.self) { try SocketPreparation.prepare(long) }
    }

    @Test func missingDirectoriesAreCreatedPrivate() throws {
        let root = "/tmp/ra-st-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { rmdir(root + "/a/b"); rmdir(root + "/a"); rmdir(root) }
        try SocketPreparation.prepare(SocketPath(path: root + "/a/b/s.sock", source: .flag))
        var info = stat()
        #expect(stat(root + "/a/b", &info) == 0)
        #expect(info.st_mode & 0o777 == 0o700)
    }

    @Test func aStaleSocketIsRemovedAndAPlainFileIsNot() throws {
        let root = "/tmp/ra-st-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        mkdir(root, 0o700)
        defer { rmdir(root) }
        let stale = root + "/stale.sock"
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(stale.utf8)) }
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        close(fd)
        #expect(SocketPreparation.probe(stale) == .refused)
        try SocketPreparation.prepare(SocketPath(path: stale, source: .flag))
        #expect(access(stale, F_OK) != 0)

        let plain = root + "/plain.sock"
        _ = FileManager.default.createFile(atPath: plain, contents: Data("x".utf8))
        defer { unlink(plain) }
        #expect(throws: ServerStartError.self) { try SocketPreparation.prepare(SocketPath(path: plain, source: .flag)) }
        #expect(access(plain, F_OK) == 0)
    }

    @Test func activationNeedsOurPidAndAtLeastOneDescriptor() {
        let me = String(getpid())
        #expect(ListenerSetup.activatedDescriptor(environment: ["LISTEN_FDS": "1", "LISTEN_PID": me]) == 3)
        #expect(ListenerSetup.activatedDescriptor(environment: ["LISTEN_FDS": "1", "LISTEN_PID": "1"]) == nil)
        #expect(ListenerSetup.activatedDescriptor(environment: ["LISTEN_FDS": "0", "LISTEN_PID": me]) == nil)
        #expect(ListenerSetup.activatedDescriptor(environment: [:]) == nil)
    }

    @Test func limitsShowInStatusAsConfigured() {
        var limits = ServerLimits()
        limits.maxConnectionsPerUID = 3
        limits.writeStallMs = 1_500
        let status = limits.status
        #expect(status.maxConnectionsPerUID == 3)
        #expect(status.writeStallSeconds == 2)
        #expect(status.maxMessageBytes == 16 << 20)
        #expect(limits.framing.maxMessageBytes == 16 << 20)
        #expect(limits.rpc.maxBatchItems == 1000)
    }
}
