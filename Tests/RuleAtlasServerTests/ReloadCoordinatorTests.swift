import Foundation
import RuleAtlasIndex
import RuleAtlasModel
import RuleAtlasServer
import RuleAtlasTestSupport
import Testing

/// The coordinator on a real loop over real files in a temporary directory.
@Suite(.serialized) struct ReloadCoordinatorTests {
    func count(_ f: ReloadFixture, _ technique: String) -> Int {
        (try? f.snapshot.techniqueGet(technique).ruleCount) ?? 0
    }

    @Test func editCreateDeleteAndRenameAFile() throws {
        let f = try ReloadFixture(files: ["a.yml": SigmaText.rule(1), "sub/b.yml": SigmaText.rule(2)])
        #expect(f.snapshot.generation == 1)
        #expect(count(f, "T1059.001") == 2)
        #expect(f.coordinator.watchedDirectories == [f.root, f.path("sub")])

        // Edit: rule 1 moves to another technique.
        try f.save("a.yml", SigmaText.rule(1, technique: "t1003"))
        #expect(f.settle(after: 1))
        #expect(count(f, "T1059.001") == 1)
        #expect(count(f, "T1003") == 1)
        let edit = try #require(f.outcomes.last)
        #expect(edit.changed == [f.path("a.yml")])
        #expect((edit.added, edit.removed, edit.updated) == (0, 0, 1))

        // Create.
        try f.write("sub/c.yaml", SigmaText.rule(3))
        #expect(f.settle(after: 2))
        #expect(count(f, "T1059.001") == 2)
        #expect(f.outcomes.last?.added == 1)

        // Rename: the rule moves with its file.
        try f.move("sub/c.yaml", "moved.yml")
        #expect(f.settle(after: 3))
        #expect(try f.snapshot.ruleGet(SigmaText.id(3)).path == f.path("moved.yml"))
        #expect(f.outcomes.last?.changed.sorted() == [f.path("moved.yml"), f.path("sub/c.yaml")])
        #expect(f.outcomes.last?.updated == 1)

        // Delete.
        try f.remove("moved.yml")
        #expect(f.settle(after: 4))
        #expect(count(f, "T1059.001") == 1)
        #expect(f.outcomes.last?.removed == 1)
        #expect(throws: IndexQueryError.self) { try f.snapshot.ruleGet(SigmaText.id(3)) }
    }

    @Test func burstsCoalesceIntoOneRebuild() throws {
        let f = try ReloadFixture(debounceMs: 50)
        for i in 0..<200 { try f.write("r\(i).yml", SigmaText.rule(i)) }
        #expect(f.settle(after: 1))
        f.idle(ms: 120)
        #expect(f.snapshot.status.rulesTotal == 200)
        #expect(f.outcomes.count == 1)
        #expect(f.outcomes.first?.added == 200)
        #expect(f.coordinator.lastReload?.files == 200)
    }

    @Test func ignoredNamesCauseNoRebuild() throws {
        let f = try ReloadFixture(files: ["a.yml": SigmaText.rule(1)])
        try f.write(".a.yml.swp", "x")
        try f.write("4913", "")
        try f.write("notes.txt", "hello")
        f.idle(ms: 150)
        #expect(f.snapshot.generation == 1)
        #expect(f.coordinator.state == .idle)
    }

    @Test func halfWrittenFileKeepsItsRulesThenRecovers() throws {
        let f = try ReloadFixture(files: ["a.yml": SigmaText.rule(1)])
        try f.write("a.yml", SigmaText.halfWritten(1))
        #expect(f.settle(after: 1))
        #expect(count(f, "T1059.001") == 1)
        let kept = f.snapshot.diagnostics.filter { $0.path == f.path("a.yml") }
        #expect(kept.contains { $0.severity == .error })
        #expect(kept.contains { $0.message.contains("last version that parsed") })
        #expect(f.outcomes.last?.diagnostics.isEmpty == false)

        // Emptied (as `open(O_TRUNC)` leaves it before the write): still kept.
        try f.write("a.yml", "")
        #expect(f.settle(after: 2))
        #expect(count(f, "T1059.001") == 1)

        try f.write("a.yml", SigmaText.rule(1, technique: "t1003"))
        #expect(f.settle(after: 3))
        #expect(count(f, "T1059.001") == 0)
        #expect(count(f, "T1003") == 1)
        #expect(!f.snapshot.diagnostics.contains { $0.path == f.path("a.yml") })
    }

    @Test func directoriesCreatedRenamedAndDeleted() throws {
        let f = try ReloadFixture(files: ["a.yml": SigmaText.rule(1)])
        // A new directory tree gets watchers and its files are read.
        try f.write("new/deep/b.yml", SigmaText.rule(2))
        try f.write("new/c.yml", SigmaText.rule(3))
        #expect(f.settle(after: 1))
        #expect(f.snapshot.status.rulesTotal == 3)
        #expect(f.coordinator.watchedDirectories.contains(f.path("new/deep")))
        // A file created in the new directory later is seen through its own watcher.
        try f.write("new/deep/d.yml", SigmaText.rule(4))
        #expect(f.settle(after: f.snapshot.generation))
        #expect(f.snapshot.status.rulesTotal == 4)

        // Renamed: rules move, watchers follow the new path.
        try f.move("new", "renamed")
        #expect(f.settle(after: f.snapshot.generation))
        #expect(f.snapshot.status.rulesTotal == 4)
        #expect(try f.snapshot.ruleGet(SigmaText.id(2)).path == f.path("renamed/deep/b.yml"))
        #expect(!f.coordinator.watchedDirectories.contains(f.path("new/deep")))
        #expect(f.coordinator.watchedDirectories.contains(f.path("renamed/deep")))

        // Deleted: its rules go, its watchers are released.
        try f.remove("renamed")
        #expect(f.settle(after: f.snapshot.generation))
        #expect(f.snapshot.status.rulesTotal == 1)
        #expect(f.coordinator.watchedDirectories == [f.root])
    }

    @Test func aRootThatDisappearsEmptiesAndComesBack() throws {
        let f = try ReloadFixture(files: ["a.yml": SigmaText.rule(1), "s/b.yml": SigmaText.rule(2)])
        try FileManager.default.removeItem(atPath: f.root)
        #expect(f.settle(after: 1))
        #expect(f.snapshot.status.rulesTotal == 0)
        #expect(f.coordinator.watchedDirectories.isEmpty)

        try f.write("c.yml", SigmaText.rule(3))
        #expect(f.settle(after: 2))
        #expect(f.snapshot.rules.map(\.rule.id) == [SigmaText.id(3)])
        #expect(f.coordinator.watchedDirectories == [f.root])
        // Watched again: a later edit is seen.
        try f.write("d.yml", SigmaText.rule(4))
        #expect(f.settle(after: f.snapshot.generation))
        #expect(f.snapshot.status.rulesTotal == 2)
    }

    @Test func symlinkLoopsEndAndAreWatchedOnce() throws {
        let f = try ReloadFixture(files: ["a/r.yml": SigmaText.rule(1)])
        #expect(symlink(f.root, f.path("a/loop")) == 0)
        #expect(symlink(f.path("a"), f.path("back")) == 0)
        try f.write("a/s.yml", SigmaText.rule(2))
        #expect(f.settle(after: 1))
        f.idle(ms: 100)
        #expect(f.snapshot.status.rulesTotal == 2)
        // `a` is reached twice (directly and through `back`): watched once, under the
        // name a fresh scan uses.
        #expect(f.coordinator.watchedDirectories.count == 2)
        let fresh = IndexBuilder(roots: [f.root]).build()
        #expect(fresh.files.map(\.file.path) == f.snapshot.files.map(\.file.path))
    }

    @Test func fullRescanNowAndDuringARebuild() throws {
        let f = try ReloadFixture(files: ["a.yml": SigmaText.rule(1)])
        // Nothing changed: the generation stays.
        #expect(f.reload() == 1)
        try f.write("b.yml", SigmaText.rule(2))
        // The rescan finds it whether or not the watcher reported it first.
        #expect(f.reload() == 2)
        #expect(f.snapshot.status.rulesTotal == 2)
        #expect(f.coordinator.lastReload?.files == 2)
        // A watcher event handled during or after the rescan finds nothing new.
        f.idle(ms: 100)
        #expect(f.snapshot.generation == 2)
    }

    @Test func heldChangesWaitForTheFirstLoad() throws {
        let f = try ReloadFixture(files: ["a.yml": SigmaText.rule(1)])
        f.coordinator.hold()
        try f.write("b.yml", SigmaText.rule(2))
        f.idle(ms: 100)
        #expect(f.snapshot.generation == 1)
        #expect(f.coordinator.pending.files == [f.path("b.yml")])
        f.coordinator.release()
        #expect(f.settle(after: 1))
        #expect(f.snapshot.status.rulesTotal == 2)
    }
}
