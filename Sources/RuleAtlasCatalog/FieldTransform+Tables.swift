extension FieldTransform {
    /// `Network` -> `3` (the Elastic system integration's names, case-insensitive); nil otherwise.
    public static func logonTypeNumber(_ name: String) -> String? { logonTypes[name.lowercased()] }

    static let logonTypes: [String: String] = [
        "interactive": "2", "network": "3", "batch": "4", "service": "5", "unlock": "7",
        "networkcleartext": "8", "newcredentials": "9", "remoteinteractive": "10", "cachedinteractive": "11",
    ]

    static let directions: [String: String] = [
        "egress": "true", "outbound": "true", "outgoing": "true",
        "ingress": "false", "inbound": "false", "incoming": "false",
    ]

    static let integrityLevels: [String: String] = [
        "S-1-16-4096": "Low", "S-1-16-8192": "Medium", "S-1-16-12288": "High", "S-1-16-16384": "System",
    ]

    static let registryActions: [String: String] = [
        "registryvalueset": "SetValue", "registrykeycreated": "CreateKey",
        "registrykeydeleted": "DeleteKey", "registryvaluedeleted": "DeleteKey",
    ]

    /// `ip_or_host`: the field a non-IP value goes to.
    static let hostFields: [String: String] = [
        "DestinationIp": "DestinationHostname", "SourceIp": "SourceHostname", "IpAddress": "WorkstationName",
    ]

    /// Long hive spellings -> `HKLM`, `HKU`, `HKCU`, `HKCR`; `ControlSet00N` -> `CurrentControlSet`.
    static func normalizeHive(_ value: String) -> String {
        var v = value
        let lower = v.lowercased()
        for (long, short) in hives where lower.hasPrefix(long) {
            v = short + v.dropFirst(long.count)
            break
        }
        return replacingControlSets(v)
    }

    static let hives: [(String, String)] = [
        ("hkey_local_machine", "HKLM"), ("\\registry\\machine", "HKLM"), ("hkey_users", "HKU"),
        ("\\registry\\user", "HKU"), ("hkey_current_user", "HKCU"), ("hkey_classes_root", "HKCR"),
    ]

    /// `ControlSet001` (any case, any three digits) -> `CurrentControlSet`.
    static func replacingControlSets(_ value: String) -> String {
        let bytes = Array(value.utf8)
        let word = Array("controlset".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        var i = 0
        while i < bytes.count {
            if i + 13 <= bytes.count,
               (0..<10).allSatisfy({ bytes[i + $0] | 0x20 == word[$0] }),
               (10..<13).allSatisfy({ bytes[i + $0] >= 48 && bytes[i + $0] <= 57 }),
               i == 0 || bytes[i - 1] == UInt8(ascii: "\\") {
                out.append(contentsOf: Array("CurrentControlSet".utf8))
                i += 13
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// IPv4 dotted quad or anything with a colon and only hex digits (IPv6), wildcards allowed.
    static func looksLikeIP(_ value: String) -> Bool {
        let v = value.utf8
        if v.contains(UInt8(ascii: ":")) {
            return v.allSatisfy { ($0 >= 48 && $0 <= 58) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 102) || $0 == 42 || $0 == 46 }
        }
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { p in !p.isEmpty && p.allSatisfy { $0.isNumber || $0 == "*" } }
    }
}
