import Foundation
import RuleAtlasCatalog
import RuleAtlasIndex
import RuleAtlasSupport
import RuleAtlasUV

/// The index behind the query methods: the snapshot queries read, and how it is loaded.
///
/// Loading runs on a worker thread; results come back through a `UVMailbox` and the loop
/// swaps one reference, so a query always runs on one whole snapshot. The ATT&CK bundle
/// (`--attack`) is read beside the rules, on a thread that only runs on a core they leave
/// idle: the snapshot is served with the built-in names first and re-labelled when the
/// bundle arrives (at once, when it is ready before the rules).
/// A snapshot is served as soon as its corpus aggregate is made; its technique aggregates
/// are made right after on the same worker (or by the first query needing one).
public final class IndexService {
    /// Loop thread only. Before the first load, an empty generation 0 (made when first
    /// asked for, so starting up does not wait for the built-in catalogs).
    public var snapshot: IndexSnapshot {
        if let served { return served }
        let empty = IndexSnapshot.empty(attack: attack ?? .builtin)
        served = empty
        return empty
    }
    private var served: IndexSnapshot?
    /// Loop thread only: the duration and file count of the last completed load.
    public private(set) var lastReload: (ms: Int, files: Int)?
    public let roots: [String]
    public let attackPath: String?
    public let maxFileSize: Int
    /// The bundle's catalog once read; nil: the built-in one.
    private var attack: AttackCatalog?
    private var mailbox: UVMailbox<Message>?
    private var loading = false
    /// Loop thread only: run after each completed load (live reload starts from the first).
    public var onLoaded: [() -> Void] = []
    /// Loop thread only: when set, `reload()` asks it for a full rescan instead of loading.
    public weak var liveReload: ReloadCoordinator?

    enum Message: Sendable {
        case rules(IndexSnapshot, ms: Int)
        /// Every technique aggregate of the generation served is made (`ms` after it was).
        case techniqueAggregates(generation: Int, ms: Int)
        case attack(AttackCatalog)
        case attackFailed(String)
    }

    /// `roots` empty serves the built-in sample corpus.
    public init(roots: [String], attackPath: String?, maxFileSize: Int = RuleFileReader.defaultMaxFileSize) {
        self.roots = roots
        self.attackPath = attackPath
        self.maxFileSize = maxFileSize
    }

    /// Loop thread: creates the mailbox and starts the first load.
    public func start(loop: UVLoop, log: @escaping @Sendable (String) -> Void = { _ in }) throws(UVError) {
        mailbox = try UVMailbox(loop: loop) { [weak self] messages in self?.receive(messages, log: log) }
        mailbox?.unref()
        load(withAttack: attackPath)
    }

    /// Loop thread: a full rescan of every root (SIGHUP), unless one is running.
    public func reload() {
        if let liveReload { liveReload.requestFullRescan() } else { load(withAttack: nil) }
    }

    /// Loop thread: serves `snapshot` from now on (a prebuilt or incrementally updated one).
    public func publish(_ snapshot: IndexSnapshot) {
        guard let attack, snapshot.attack !== attack else {
            served = snapshot
            return
        }
        served = snapshot.with(attack: attack)
    }

    /// Loop thread: closes the mailbox; loads finishing later are dropped.
    public func stop() { mailbox?.close() }

    private func load(withAttack bundle: String?) {
        guard !loading, let mailbox else { return }
        loading = true
        let reader = RuleFileReader(parsers: RuleFileReader.standardParsers, maxFileSize: maxFileSize)
        let builder = IndexBuilder(roots: roots, reader: reader, attack: attack)
        let generation = (served?.generation ?? 0) + 1
        let sample = roots.isEmpty
        if let bundle {
            Thread.detachNewThread {
                // The rules come first: the bundle only improves names already served.
                ThreadScheduling.runOnlyWhenIdle()
                do { mailbox.post(.attack(try AttackCatalog.load(stixBundleAt: bundle))) } catch {
                    mailbox.post(.attackFailed("\(error)"))
                }
            }
        }
        Thread.detachNewThread {
            let start = DispatchTime.now().uptimeNanoseconds
            let snap = sample ? builder.buildSample(generation: generation) : builder.build(generation: generation)
            let built = DispatchTime.now().uptimeNanoseconds
            mailbox.post(.rules(snap, ms: Int((built - start) / 1_000_000)))
            // Served first; the technique aggregates are made right after, across the
            // cores (a query that comes first makes the one it needs).
            snap.makeTechniqueAggregates()
            let ms = Int((DispatchTime.now().uptimeNanoseconds - built) / 1_000_000)
            mailbox.post(.techniqueAggregates(generation: snap.generation, ms: ms))
        }
    }

    private func receive(_ messages: [Message], log: (String) -> Void) {
        for message in messages {
            switch message {
            case .rules(let snap, let ms):
                loading = false
                publish(snap)
                lastReload = (ms, snap.files.count)
                log("index loaded: generation \(snap.generation), \(snap.status.rulesTotal) rules, \(snap.files.count) files in \(ms) ms")
                for hook in onLoaded { hook() }
            case .techniqueAggregates(let generation, let ms):
                log("technique aggregates made: generation \(generation), \(ms) ms after it was served")
            case .attack(let catalog):
                attack = catalog
                served = snapshot.with(attack: catalog)
                log("ATT&CK bundle loaded: \(catalog.techniques.count) techniques")
            case .attackFailed(let error):
                log("ATT&CK bundle not loaded, serving built-in names: \(error)")
            }
        }
    }
}
