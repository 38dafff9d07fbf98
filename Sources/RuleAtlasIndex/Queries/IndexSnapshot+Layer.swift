import RuleAtlasModel

extension IndexSnapshot {
    /// `coverage.layer`: every technique with a rule under the filter, scored by its rule
    /// count (with roll-up), the titles of its rules in its metadata.
    public func coverageLayer(filter: IndexFilter = IndexFilter(), name: String? = nil, attackVersion: String = "18") -> NavigatorLayer {
        let mask = filter.mask
        var entries: [NavigatorLayer.TechniqueEntry] = []
        var maxScore = 0
        makeTechniqueAggregates()
        for id in techniques.keys.sorted() {
            let v = view(id, mask)
            let count = v.aggregate.rules.count
            guard count > 0 else { continue }
            maxScore = max(maxScore, count)
            var metadata: [NavigatorLayer.Metadata] = []
            for (vendor, rules) in v.rulesByVendor {
                for r in rules { metadata.append(.init(name: vendor.displayName, value: r.title)) }
            }
            let perVendor = v.rulesByVendor.map { "\($0.0.displayName) \($0.1.count)" }.joined(separator: ", ")
            entries.append(.init(
                techniqueID: id.rawValue, score: count,
                comment: "\(count) rule\(count == 1 ? "" : "s") (\(perVendor))", metadata: metadata
            ))
        }
        let vendorText = (filter.vendors?.isEmpty ?? true) ? "all vendors" : (filter.vendors ?? []).map(\.rawValue).joined(separator: ", ")
        return NavigatorLayer(
            name: name ?? "RuleAtlas coverage",
            description: "Rules per technique (\(vendorText)\(filter.includeDeprecated ? ", deprecated included" : "")), generation \(generation)",
            attackVersion: attackVersion, techniques: entries, gradientColors: ["#ffffff", "#66b1ff", "#1f4e9e"],
            minScore: 0, maxScore: max(maxScore, 1),
            legend: [.init(label: "no rules", color: "#ffffff"), .init(label: "\(max(maxScore, 1)) rules", color: "#1f4e9e")]
        )
    }
}
