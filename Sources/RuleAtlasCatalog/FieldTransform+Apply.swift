import RuleAtlasModel

extension FieldTransform {
    /// Rewrites a draft's op and value (and, for transforms that pick the field, its field).
    /// Ops a transform does not speak about (regex, cidr, exists, comparisons) pass unchanged.
    /// On a non-Windows platform paths join with `/` and account names carry no domain.
    public func apply(to draft: PredicateDraft, windows: Bool = true) -> PredicateDraft {
        var d = draft
        let v = draft.value
        let sep = windows ? "\\" : "/"
        switch self {
        case .none, .keep, .caseFold, .keptAsIs:
            break
        case .basenameToEndsWith:
            switch d.op {
            case .eq: d.op = .endsWith; d.value = sep + v
            case .startsWith: d.op = .match; d.value = sep + v
            case .wildcard where !v.hasPrefix("*"): d.value = "*" + sep + v
            default: break
            }
        case .dirnameToStartsWith:
            if d.op == .eq { d.op = .startsWith; d.value = v.hasSuffix(sep) ? v : v + sep }
        case .extensionToEndsWith:
            if d.op == .eq { d.op = .endsWith; d.value = v.hasPrefix(".") ? v : "." + v }
        case .argToContains, .derivedToContains:
            if d.op == .eq { d.op = .match }
        case .hashToHashesKV(let alg):
            d.field = "Hashes"
            if d.op == .eq || d.op == .match { d.op = .match; d.value = "\(alg)=\(v)" }
        case .userToEndsWith:
            if windows, d.op == .eq, !v.contains("\\") { d.op = .endsWith; d.value = "\\" + v }
        case .domainToStartsWith:
            if windows, d.op == .eq { d.op = .startsWith; d.value = v + "\\" }
        case .logonTypeNameToNumber:
            if let n = Self.logonTypeNumber(v) { d.value = n }
        case .logonTypeLabelToNumber:
            let digits = v.prefix { $0.isNumber }
            if !digits.isEmpty, d.op == .eq || d.op == .startsWith { d.op = .eq; d.value = String(digits) }
        case .registryHiveNormalize:
            if d.op != .regexMatch { d.value = Self.normalizeHive(v) }
        case .registryKeyToPrefix:
            if d.op != .regexMatch { d.value = Self.normalizeHive(v) }
            if d.op == .eq { d.op = .startsWith; d.value += d.value.hasSuffix("\\") ? "" : "\\" }
        case .registryRelKeyToContains:
            if d.op == .eq || d.op == .startsWith { d.op = .match; d.value = v.hasPrefix("\\") ? v : "\\" + v }
        case .registryValueNameToEndsWith:
            if d.op == .eq { d.op = .endsWith; d.value = "\\" + v }
        case .registryHiveToStartsWith:
            if d.op == .eq { d.op = .startsWith; d.value = Self.normalizeHive(v) + "\\" }
        case .xdrRegistryActionToEventType:
            d.value = Self.registryActions[v.lowercased()] ?? v
        case .directionToInitiated:
            if let b = Self.directions[v.lowercased()] { d.value = b }
        case .ipOrHost:
            if d.op != .cidrMatch, !Self.looksLikeIP(v) { d.field = Self.hostFields[draft.field] ?? draft.field }
        case .stripChannelPrefix:
            if let colon = v.firstIndex(of: ":"), v.lowercased().hasPrefix("xmlwineventlog:") || v.lowercased().hasPrefix("wineventlog:") {
                d.value = String(v[v.index(after: colon)...])
            }
        case .activityToEventID:
            let digits = v.prefix { $0.isNumber }
            if digits.count >= 3, d.op == .eq || d.op == .startsWith || d.op == .match { d.op = .eq; d.value = String(digits) }
        case .integritySidToName:
            if let name = Self.integrityLevels[v.uppercased()] { d.value = name }
        case .zoneHostUrlToContents:
            if d.op == .eq || d.op == .match { d.op = .match; d.value = "HostUrl=" + v }
        case .zoneIdToContents:
            if d.op == .eq { d.op = .match; d.value = "ZoneId=" + v }
        case .boolTrustedToValid:
            if d.op == .eq, v.lowercased() == "true" { d.value = "Valid" }
        }
        return d
    }
}
