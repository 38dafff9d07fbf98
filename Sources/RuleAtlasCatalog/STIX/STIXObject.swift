/// The few keys of one STIX object the ATT&CK catalog reads, as raw byte ranges until needed.
struct STIXObject {
    var type: Range<Int>?
    var id: Range<Int>?
    var name: Range<Int>?
    var description: Range<Int>?
    var revoked = false
    var deprecated = false
    /// `phase_name` of each `mitre-attack` kill-chain phase.
    var phases: [String] = []
    /// `external_id` of the `mitre-attack` external reference.
    var externalId: String?
    var relationshipType: Range<Int>?
    var sourceRef: Range<Int>?
    var targetRef: Range<Int>?
    var shortname: Range<Int>?
    var tacticRefs: [String] = []
}
