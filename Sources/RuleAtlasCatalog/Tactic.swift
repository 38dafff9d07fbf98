/// One ATT&CK tactic column of the Enterprise matrix.
public struct Tactic: Sendable, Hashable {
    /// `TA0003`; nil for the v19 tactics (`stealth`, `defense-impairment`) whose ids the v18.1
    /// bundle does not carry.
    public var id: String?
    public var name: String
    /// The join key with technique tactics and Sigma tags (`privilege-escalation`).
    public var shortname: String
    /// Column position in matrix order, from 0.
    public var order: Int

    public init(id: String?, name: String, shortname: String, order: Int) {
        self.id = id
        self.name = name
        self.shortname = shortname
        self.order = order
    }
}
