import RuleAtlasJSON
import RuleAtlasModel

extension TechniqueGet {
    /// `{id, name, description, tactics, parent, subtechniques, known, revokedBy, related}`.
    public struct TechniqueInfo: JSONEncodable, Sendable, Equatable {
        public var id: TechniqueID
        public var name: String
        public var description: String?
        /// ATT&CK shortnames (`persistence`).
        public var tactics: [String]
        public var parent: TechniqueID?
        public var subtechniques: [TechniqueID]
        /// False for an id the catalog does not have (rules still count under it).
        public var known: Bool
        public var revokedBy: TechniqueID?
        /// Ids linked across ATT&CK versions, shown, not merged.
        public var related: [TechniqueID]

        public init(id: TechniqueID, name: String, description: String?, tactics: [String], parent: TechniqueID?,
                    subtechniques: [TechniqueID], known: Bool, revokedBy: TechniqueID?, related: [TechniqueID]) {
            self.id = id
            self.name = name
            self.description = description
            self.tactics = tactics
            self.parent = parent
            self.subtechniques = subtechniques
            self.known = known
            self.revokedBy = revokedBy
            self.related = related
        }

        public var json: JSON {
            ["id": JSON(id.rawValue), "name": JSON(name), "description": description.json, "tactics": JSON(strings: tactics),
             "parent": parent.map { JSON($0.rawValue) } ?? .null, "subtechniques": JSON(strings: subtechniques.map(\.rawValue)),
             "known": JSON(known), "revokedBy": revokedBy.map { JSON($0.rawValue) } ?? .null,
             "related": JSON(strings: related.map(\.rawValue))]
        }
    }

    /// `{id, title, path, level}`.
    public struct RuleRef: JSONEncodable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var path: String
        public var level: Level?

        public init(id: String, title: String, path: String, level: Level?) {
            self.id = id
            self.title = title
            self.path = path
            self.level = level
        }

        public var json: JSON { ["id": JSON(id), "title": JSON(title), "path": JSON(path), "level": level.json] }
    }

    /// `{provider, eventId, title, link, rules}`.
    public struct EventItem: JSONEncodable, Sendable, Equatable {
        public var provider: String
        public var eventId: Int
        public var title: String
        public var link: EventLinkKind
        public var rules: Int

        public init(provider: String, eventId: Int, title: String, link: EventLinkKind, rules: Int) {
            self.provider = provider
            self.eventId = eventId
            self.title = title
            self.link = link
            self.rules = rules
        }

        public var json: JSON {
            ["provider": JSON(provider), "eventId": JSON(eventId), "title": JSON(title), "link": JSON(link.rawValue),
             "rules": JSON(rules)]
        }
    }

    /// `{field, rules, ops {op: n}, samples}`.
    public struct FieldItem: JSONEncodable, Sendable, Equatable {
        public var field: String
        public var rules: Int
        public var ops: [Op: Int]
        public var samples: [String]

        public init(field: String, rules: Int, ops: [Op: Int], samples: [String]) {
            self.field = field
            self.rules = rules
            self.ops = ops
            self.samples = samples
        }

        public var json: JSON {
            let ops = JSONObject(self.ops.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key.rawValue, JSON($0.value)) })
            return ["field": JSON(field), "rules": JSON(rules), "ops": .object(ops), "samples": JSON(strings: samples)]
        }
    }

    /// `{field, op, value, rulesHere, corpusReach}`.
    public struct IndicatorItem: JSONEncodable, Sendable, Equatable {
        public var field: String
        public var op: Op
        public var value: String?
        public var rulesHere: Int
        public var corpusReach: Int

        public init(field: String, op: Op, value: String?, rulesHere: Int, corpusReach: Int) {
            self.field = field
            self.op = op
            self.value = value
            self.rulesHere = rulesHere
            self.corpusReach = corpusReach
        }

        public var json: JSON {
            ["field": JSON(field), "op": JSON(op.rawValue), "value": value.json, "rulesHere": JSON(rulesHere),
             "corpusReach": JSON(corpusReach)]
        }
    }

    /// `{field, op, value, rules}`.
    public struct ExclusionItem: JSONEncodable, Sendable, Equatable {
        public var field: String
        public var op: Op
        public var value: String?
        public var rules: Int

        public init(field: String, op: Op, value: String?, rules: Int) {
            self.field = field
            self.op = op
            self.value = value
            self.rules = rules
        }

        public var json: JSON { ["field": JSON(field), "op": JSON(op.rawValue), "value": value.json, "rules": JSON(rules)] }
    }
}
