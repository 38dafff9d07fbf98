/// One aggregate per slice (vendor x deprecated) for one technique or the whole corpus.
public struct SlicedAggregate: Sendable, Equatable {
    public var slices: [Aggregate]

    public init() { slices = Array(repeating: Aggregate(), count: Slice.count) }

    public var isEmpty: Bool { slices.allSatisfy(\.isEmpty) }

    mutating func apply(_ rule: IndexedRule, sign: Int) { slices[rule.slice].apply(rule, sign: sign) }

    /// Sizes every slice's tables for `rules` (an upper bound: rows they share count once
    /// per rule), so a fresh build fills them without growing them step by step.
    mutating func reserve(for rules: [IndexedRule], parts: Aggregate.Parts = .all) {
        var bounds = Array(repeating: Aggregate.Bounds(), count: Slice.count)
        for r in rules { bounds[r.slice].count(r.contribution) }
        for i in 0..<Slice.count where bounds[i].rules > 0 { slices[i].reserve(bounds[i], parts: parts) }
    }

    /// The aggregate of `rules` (distinct objects), its two halves made at once on two cores.
    static func made(from rules: [IndexedRule]) -> SlicedAggregate {
        let halves: [Aggregate.Parts] = [.rows, .fields]
        let made = parallelMap(halves.count) { i in
            var a = SlicedAggregate()
            a.reserve(for: rules, parts: halves[i])
            for r in rules { a.slices[r.slice].add(r, parts: halves[i]) }
            return a
        }
        var out = made[0]
        for i in 0..<Slice.count { out.slices[i].take(.fields, from: made[1].slices[i]) }
        return out
    }

    mutating func add(_ other: SlicedAggregate, sign: Int) {
        for i in 0..<Slice.count where !other.slices[i].isEmpty { slices[i].add(other.slices[i], sign: sign) }
    }

    /// The selected slices, summed; no copy when at most one of them has rules.
    public func combined(_ mask: SliceMask) -> Aggregate {
        var chosen: [Int] = []
        for i in 0..<Slice.count where mask.contains(i) && !slices[i].isEmpty { chosen.append(i) }
        if chosen.isEmpty { return Aggregate() }
        var out = slices[chosen[0]]
        for i in chosen.dropFirst() { out.add(slices[i], sign: 1) }
        return out
    }

    /// Rules in the selected slices.
    public func ruleCount(_ mask: SliceMask) -> Int {
        var n = 0
        for i in 0..<Slice.count where mask.contains(i) { n += slices[i].rules.count }
        return n
    }
}
