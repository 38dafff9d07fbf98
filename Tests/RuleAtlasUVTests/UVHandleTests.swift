import Foundation
import Testing
@testable import RuleAtlasUV

@Suite struct UVHandleTests {
    @Test func timerFiresOnceThenRepeats() throws {
        let loop = try UVLoop()
        let once = try UVTimer(loop: loop)
        var onceCount = 0
        once.start(after: 1) { onceCount += 1 }
        let repeating = try UVTimer(loop: loop)
        var ticks = 0
        repeating.start(after: 1, repeatEvery: 1) {
            ticks += 1
            if ticks == 3 { repeating.close() }
        }
        loop.run()
        #expect(onceCount == 1)
        #expect(ticks == 3)
        #expect(once.state == .idle)
        #expect(repeating.state == .closed)
        once.close()
        loop.run()
        #expect(once.state == .closed)
        #expect(loop.handleCount == 0)
    }

    @Test func mailboxDeliversEveryMessageFromManyThreads() throws {
        let loop = try UVLoop()
        var received: [Int] = []
        let threads = 4, perThread = 1000
        var mailbox: UVMailbox<Int>?
        mailbox = try UVMailbox<Int>(loop: loop) { messages in
            received += messages
            if received.count == threads * perThread { mailbox?.close() }
        }
        for t in 0..<threads {
            Thread.detachNewThread { [mailbox] in
                for i in 0..<perThread { mailbox?.post(t * perThread + i) }
            }
        }
        loop.run()
        #expect(received.count == threads * perThread)
        #expect(Set(received).count == threads * perThread)
        // Each thread's messages arrive in the order it posted them.
        let firstThread = received.filter { $0 < perThread }
        #expect(firstThread == Array(0..<perThread))
    }

    @Test func signalArrivesOnTheLoop() throws {
        let loop = try UVLoop()
        let watcher = try UVSignal(loop: loop)
        var seen: Int32?
        try watcher.start(SIGUSR2) { number in
            seen = number
            watcher.close()
        }
        // Test runners may block signals in their threads; this one must get through.
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGUSR2)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
        raise(SIGUSR2)
        loop.run()
        #expect(seen == SIGUSR2)
        #expect(watcher.state == .closed)
    }

    @Test func fileWatcherReportsANewFile() throws {
        let loop = try UVLoop()
        let directory = "/tmp/ruleatlas-uvtest-\(getpid())-watch-\(UInt32.random(in: 0...UInt32.max))"
        mkdir(directory, 0o700)
        defer { rmdir(directory) }
        let watcher = try UVFileWatcher(loop: loop)
        var names: [String] = []
        try watcher.start(path: directory) { result in
            if case .success(let change) = result, let name = change.name { names.append(name) }
            watcher.close()
        }
        let file = directory + "/rule.yml"
        close(open(file, O_CREAT | O_WRONLY, 0o600))
        defer { unlink(file) }
        loop.run()
        #expect(names == ["rule.yml"])
    }

    @Test func bindRefusesAPathInUse() throws {
        let loop = try UVLoop()
        let path = temporarySocketPath("busy")
        defer { unlink(path) }
        let first = try UVPipeListener(loop: loop)
        try first.bind(path: path)
        let second = try UVPipeListener(loop: loop)
        #expect(throws: UVError.addressInUse) { try second.bind(path: path) }
        #expect(UVError.addressInUse.name == "EADDRINUSE")
        first.close()
        second.close()
        loop.run()
        #expect(loop.handleCount == 0)
    }
}
