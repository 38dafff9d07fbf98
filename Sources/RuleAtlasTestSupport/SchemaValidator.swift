import RuleAtlasJSON

/// Checks a JSON value against the JSON Schema subset `proto-docs/openrpc.json` uses:
/// `$ref` into the document (references outside it are not followed), `type` (one or a list), `properties`, `required`,
/// `additionalProperties` (bool or schema), `items`, `enum`, `const`, `minimum`,
/// `maximum`, `oneOf`, `anyOf`. Returns one message per violation, with its JSON path.
public struct SchemaValidator {
    public let document: JSON

    public init(document: JSON) { self.document = document }

    public func errors(_ value: JSON, against schema: JSON, at path: String = "$") -> [String] {
        if let ref = schema["$ref"]?.stringValue {
            // A schema outside the document (the OpenRPC meta-schema) is not checked here.
            guard ref.hasPrefix("#/") else { return [] }
            guard let target = resolve(ref) else { return ["\(path): unresolved $ref \(ref)"] }
            return errors(value, against: target, at: path)
        }
        var out: [String] = []
        if let types = typeNames(schema["type"]), !types.contains(where: { matches(value, type: $0) }) {
            return ["\(path): expected \(types.joined(separator: " or ")), got \(value.typeName)"]
        }
        if let choices = schema["enum"]?.arrayValue, !choices.contains(value) {
            out.append("\(path): \(value.compactString) is not one of \(JSON.array(choices).compactString)")
        }
        if let constant = schema["const"], constant != value {
            out.append("\(path): expected \(constant.compactString)")
        }
        if let n = value.doubleValue {
            if let min = schema["minimum"]?.doubleValue, n < min { out.append("\(path): \(n) < minimum \(min)") }
            if let max = schema["maximum"]?.doubleValue, n > max { out.append("\(path): \(n) > maximum \(max)") }
        }
        if let alternatives = schema["oneOf"]?.arrayValue {
            let passing = alternatives.filter { errors(value, against: $0, at: path).isEmpty }.count
            if passing != 1 { out.append("\(path): matches \(passing) of oneOf's \(alternatives.count) schemas") }
        }
        if let alternatives = schema["anyOf"]?.arrayValue, !alternatives.contains(where: { errors(value, against: $0, at: path).isEmpty }) {
            out.append("\(path): matches none of anyOf's schemas")
        }
        if case .object(let object) = value { out += objectErrors(object, schema, path) }
        if case .array(let items) = value, let itemSchema = schema["items"] {
            for (i, item) in items.enumerated() { out += errors(item, against: itemSchema, at: "\(path)[\(i)]") }
        }
        return out
    }

    private func objectErrors(_ object: JSONObject, _ schema: JSON, _ path: String) -> [String] {
        var out: [String] = []
        let properties = schema["properties"]?.objectValue ?? JSONObject()
        for name in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where object[name] == nil {
            out.append("\(path): missing required \(name)")
        }
        for (key, value) in object {
            if let property = properties[key] {
                out += errors(value, against: property, at: "\(path).\(key)")
            } else if let extra = schema["additionalProperties"] {
                if extra == .bool(false) {
                    out.append("\(path): unexpected property \(key)")
                } else if extra.objectValue != nil {
                    out += errors(value, against: extra, at: "\(path).\(key)")
                }
            }
        }
        return out
    }

    private func resolve(_ ref: String) -> JSON? {
        guard ref.hasPrefix("#/") else { return nil }
        var node: JSON? = document
        for part in ref.dropFirst(2).split(separator: "/") { node = node?[String(part)] }
        return node
    }

    private func typeNames(_ type: JSON?) -> [String]? {
        switch type {
        case .string(let s): [s]
        case .array(let items): items.compactMap(\.stringValue)
        default: nil
        }
    }

    private func matches(_ value: JSON, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object): true
        case ("number", .number): true
        case ("integer", .number(let n)): n.isInteger
        default: false
        }
    }
}
