import Foundation
import Testing
@testable import RuleAtlasUV
import RuleAtlasTestSupport

@Suite struct UVConnectionTests {
    @Test func echoesBytesAndReadsPeerCredentials() throws {
        let loop = try UVLoop()
        let path = temporarySocketPath("echo")
        defer { unlink(path) }
        let listener = try UVPipeListener(loop: loop)
        try listener.bind(path: path)
        var peer: PeerCredentials?
        var closed = false
        weak var released: UVConnection?
        try listener.listen { result in
            guard case .success(let connection) = result else { return }
            released = connection
            peer = connection.peer
            connection.onRead = { bytes in connection.write(bytes) }
            connection.onEnd = { _ in connection.close() }
            connection.onClose = { closed = true; listener.close() }
            connection.startReading()
        }
        var reply: [UInt8]?
        let inbox = try UVMailbox<[UInt8]>(loop: loop) { reply = $0.last }
        Thread.detachNewThread { [inbox] in
            let client = (try? SocketClient(path: path))
            client?.send("hello, loop")
            inbox.post(client?.receive(11) ?? [])
        }
        while reply == nil || !closed { loop.runOnce(wait: true) }
        inbox.close()
        loop.run()
        #expect(reply.map { String(decoding: $0, as: UTF8.self) } == "hello, loop")
        #expect(peer?.uid == getuid())
        #expect(peer?.pid == getpid())
        #expect(listener.state == .closed)
        #expect(released == nil, "the close callback releases the connection")
        #expect(loop.handleCount == 0)
    }

    @Test func queuesOutputForASlowReaderAndDrainsIt() throws {
        let loop = try UVLoop()
        let path = temporarySocketPath("slow")
        defer { unlink(path) }
        let listener = try UVPipeListener(loop: loop)
        try listener.bind(path: path)
        let payload = [UInt8](repeating: 0x61, count: 8 << 20)
        var server: UVConnection?
        var progress = 0
        try listener.listen { result in
            guard case .success(let connection) = result else { return }
            server = connection
            connection.onWriteProgress = { progress += 1 }
            connection.write(payload)
        }
        let start = Box(false)
        var received: Int?
        let inbox = try UVMailbox<Int>(loop: loop) { received = $0.last }
        Thread.detachNewThread { [inbox] in
            let client = (try? SocketClient(path: path))
            while !start.value { usleep(1000) }
            inbox.post(client?.receive(8 << 20, timeout: 30).count ?? -1)
        }
        while server == nil { loop.runOnce(wait: true) }
        // The peer is not reading: most of the 8 MiB waits in the queue.
        #expect(server!.queuedBytes > 1 << 20)
        start.value = true
        while received == nil || server!.queuedBytes > 0 { loop.runOnce(wait: true) }
        #expect(received == 8 << 20)
        #expect(progress >= 1)
        server!.close()
        listener.close()
        inbox.close()
        loop.run()
        #expect(loop.handleCount == 0)
    }

    @Test func closeAfterFlushSendsQueuedBytesFirst() throws {
        let loop = try UVLoop()
        let path = temporarySocketPath("flush")
        defer { unlink(path) }
        let listener = try UVPipeListener(loop: loop)
        try listener.bind(path: path)
        try listener.listen { result in
            guard case .success(let connection) = result else { return }
            connection.write(Array("goodbye\n".utf8))
            connection.closeAfterFlush()
            listener.close()
        }
        var reply: [UInt8]?
        let inbox = try UVMailbox<[UInt8]>(loop: loop) { reply = $0.last }
        Thread.detachNewThread { [inbox] in
            inbox.post((try? SocketClient(path: path))?.receive(100) ?? [])
        }
        while reply == nil { loop.runOnce(wait: true) }
        inbox.close()
        loop.run()
        #expect(reply.map { String(decoding: $0, as: UTF8.self) } == "goodbye\n")
    }
}

/// A value shared with a helper thread in tests.
final class Box<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T
    init(_ value: T) { stored = value }
    var value: T {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}
