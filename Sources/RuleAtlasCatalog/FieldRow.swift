/// One vendor field -> canonical field row of the project's field table (from
/// `reference/field-map.tsv`, scopes pre-parsed by `Sources/RuleAtlasCatalog/Generated/gen-catalog.py`).
public struct FieldRow: Sendable, Hashable {
    public var canonical: String
    /// `elastic`, `splunk`, `sentinel` or `defender`.
    public var vendor: String
    public var vendorField: String
    public var transform: FieldTransform
    /// Sigma categories where the row holds (`process_creation`, `file_*`).
    public var categories: [String]
    /// Sigma services (`security`, `system`) where the row holds for any event.
    public var services: [String]
    /// Event ids where the row holds.
    public var eventIds: Set<Int>
    /// Whether the row holds anywhere (`*`): the fallback.
    public var anywhere: Bool
    /// Vendor tables, data-model datasets or event kinds (`DeviceProcessEvents`, `Endpoint.Processes`).
    public var vendorScopes: [String]
}

/// The value rewrites of `reference/README.md` ("value_transform vocabulary").
public enum FieldTransform: Sendable, Hashable {
    case none, keep
    case basenameToEndsWith, dirnameToStartsWith, extensionToEndsWith
    case argToContains, derivedToContains
    case hashToHashesKV(String)
    case userToEndsWith, domainToStartsWith
    case logonTypeNameToNumber, logonTypeLabelToNumber
    case registryHiveNormalize, registryKeyToPrefix, registryRelKeyToContains
    case registryValueNameToEndsWith, registryHiveToStartsWith
    case xdrRegistryActionToEventType
    case directionToInitiated, ipOrHost, stripChannelPrefix, activityToEventID
    case integritySidToName, caseFold
    case zoneHostUrlToContents, zoneIdToContents, boolTrustedToValid
    /// Transforms kept as written (decision 0403): `registry_data_normalize`, `json_path`,
    /// `service_type_normalize`, `service_start_normalize`, and any name the table adds later.
    case keptAsIs(String)

    public init(_ name: String) {
        switch name {
        case "none": self = .none
        case "keep": self = .keep
        case "basename_to_endswith": self = .basenameToEndsWith
        case "dirname_to_startswith": self = .dirnameToStartsWith
        case "extension_to_endswith": self = .extensionToEndsWith
        case "arg_to_contains": self = .argToContains
        case "derived_to_contains": self = .derivedToContains
        case "user_to_endswith": self = .userToEndsWith
        case "domain_to_startswith": self = .domainToStartsWith
        case "logon_type_name_to_number": self = .logonTypeNameToNumber
        case "logon_type_label_to_number": self = .logonTypeLabelToNumber
        case "registry_hive_normalize": self = .registryHiveNormalize
        case "registry_key_to_prefix": self = .registryKeyToPrefix
        case "registry_relkey_to_contains": self = .registryRelKeyToContains
        case "registry_value_name_to_endswith": self = .registryValueNameToEndsWith
        case "registry_hive_to_startswith": self = .registryHiveToStartsWith
        case "xdr_registry_action_to_eventtype": self = .xdrRegistryActionToEventType
        case "direction_to_initiated": self = .directionToInitiated
        case "ip_or_host": self = .ipOrHost
        case "strip_channel_prefix": self = .stripChannelPrefix
        case "activity_to_eventid": self = .activityToEventID
        case "integrity_sid_to_name": self = .integritySidToName
        case "case_fold": self = .caseFold
        case "zone_hosturl_to_contents": self = .zoneHostUrlToContents
        case "zone_id_to_contents": self = .zoneIdToContents
        case "bool_trusted_to_valid": self = .boolTrustedToValid
        default:
            if name.hasPrefix("hash_to_hashes_kv:") {
                self = .hashToHashesKV(String(name.dropFirst("hash_to_hashes_kv:".count)))
            } else {
                self = .keptAsIs(name)
            }
        }
    }
}
