import Foundation
import RuleAtlasModel

/// The counted rules that roll up to one technique id, and their aggregate.
///
/// The aggregate is made once, when first asked for. A fresh build publishes its snapshot
/// with every entry's rules in place and the aggregates still to make; the builder's
/// caller then makes them all across the cores (`IndexSnapshot.makeTechniqueAggregates`),
/// and a query that comes first makes the one it needs itself (at most a few hundred
/// rules). An entry never changes meaning (its rules are fixed), so an update shares the
/// entries of the techniques it does not touch with the snapshot before it.
public final class TechniqueEntry: @unchecked Sendable, Equatable, CustomStringConvertible, CustomReflectable {
    /// The counted rules under the id, sub-technique rules included (roll-up).
    public let rules: [IndexedRule]
    /// Rules per slice (`Slice.index`).
    private let counts: [Int]
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var made: SlicedAggregate?

    init(rules: [IndexedRule], aggregate: SlicedAggregate? = nil) {
        self.rules = rules
        var counts = Array(repeating: 0, count: Slice.count)
        for r in rules { counts[r.slice] += 1 }
        self.counts = counts
        made = aggregate
    }

    /// The rows of every slice; made now if no one asked before.
    public var aggregate: SlicedAggregate {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        var a = SlicedAggregate()
        a.reserve(for: rules)
        for r in rules { a.apply(r, sign: 1) }
        made = a
        return a
    }

    /// The aggregate if it was made already (an update carries it forward instead of
    /// leaving the next entry to make it again from all its rules).
    var madeAggregate: SlicedAggregate? {
        lock.lock()
        defer { lock.unlock() }
        return made
    }

    /// True once the aggregate is made.
    public var isMade: Bool {
        lock.lock()
        defer { lock.unlock() }
        return made != nil
    }

    /// Rules in the selected slices (no aggregate needed).
    public func ruleCount(_ mask: SliceMask) -> Int {
        var n = 0
        for i in 0..<Slice.count where mask.contains(i) { n += counts[i] }
        return n
    }

    /// Rules in one slice.
    public func ruleCount(slice: Int) -> Int { counts[slice] }

    /// Rule count and whether the aggregate is made (read under the lock, so printing an
    /// entry never races the thread making it).
    public var description: String { "TechniqueEntry(\(rules.count) rules, \(isMade ? "made" : "to make"))" }

    /// What reflection shows (test failure reports walk a value's children): the counts
    /// only, never the aggregate another thread may be making.
    public var customMirror: Mirror { Mirror(self, children: ["rules": rules.count, "made": isMade]) }

    /// Same rules and rows.
    public static func == (a: TechniqueEntry, b: TechniqueEntry) -> Bool { a === b || a.aggregate == b.aggregate }
}
