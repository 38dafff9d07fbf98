import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasModel

/// Reads a params object for one method. A param that is absent or `null` counts as
/// omitted. Missing required params and wrong JSON types throw -32602 (`invalidParams`);
/// values of the right type that make no sense throw 1002 (`badArgument`) with a hint.
public struct ParamReader {
    public let params: JSONObject

    /// Rejects (-32602) any name not in `allowed`.
    public init(_ params: JSONObject, allowed: [String]) throws(RPCError) {
        for key in params.keys where !allowed.contains(key) {
            let known = allowed.isEmpty ? "no params" : "params " + allowed.joined(separator: ", ")
            throw .invalidParams("unknown param '\(key)': this method takes \(known)")
        }
        self.params = params
    }

    private func value(_ name: String) -> JSON? {
        guard let v = params[name], v != .null else { return nil }
        return v
    }

    private func typeError(_ name: String, _ expected: String, _ got: JSON) -> RPCError {
        .invalidParams("param '\(name)' must be \(expected), not \(got.typeName)")
    }

    public func optionalString(_ name: String) throws(RPCError) -> String? {
        guard let v = value(name) else { return nil }
        guard case .string(let s) = v else { throw typeError(name, "a string", v) }
        return s
    }

    public func string(_ name: String) throws(RPCError) -> String {
        guard let s = try optionalString(name) else { throw .invalidParams("missing param '\(name)' (a string)") }
        return s
    }

    /// A string that must not be empty or blank (1002 otherwise).
    public func nonEmptyString(_ name: String) throws(RPCError) -> String {
        let s = try string(name)
        guard s.contains(where: { !$0.isWhitespace }) else {
            throw .badArgument("param '\(name)' is empty", hint: "give a non-empty \(name)")
        }
        return s
    }

    public func optionalBool(_ name: String) throws(RPCError) -> Bool? {
        guard let v = value(name) else { return nil }
        guard case .bool(let b) = v else { throw typeError(name, "a boolean", v) }
        return b
    }

    /// An integer; a number with a fraction, or too large for Int, is 1002.
    public func optionalInt(_ name: String) throws(RPCError) -> Int? {
        guard let v = value(name) else { return nil }
        guard case .number(let n) = v else { throw typeError(name, "a number", v) }
        guard let i = n.int ?? Double(n.text).flatMap({ $0 == $0.rounded() && abs($0) < 1e15 ? Int($0) : nil }) else {
            throw .badArgument("param '\(name)' must be a whole number, not \(n.text)", hint: "use an integer such as 20")
        }
        return i
    }

    public func int(_ name: String) throws(RPCError) -> Int {
        guard let i = try optionalInt(name) else { throw .invalidParams("missing param '\(name)' (an integer)") }
        return i
    }

    public func optionalStringArray(_ name: String) throws(RPCError) -> [String]? {
        guard let v = value(name) else { return nil }
        guard case .array(let items) = v else { throw typeError(name, "an array of strings", v) }
        var out: [String] = []
        for item in items {
            guard case .string(let s) = item else { throw typeError(name, "an array of strings", item) }
            out.append(s)
        }
        return out
    }

    /// One of a fixed set of words (`polarity`, `sort`, `format`, `op`); others are 1002.
    public func optionalChoice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) throws(RPCError) -> T?
    where T.RawValue == String {
        guard let s = try optionalString(name) else { return nil }
        guard let v = T(rawValue: s) else {
            let words = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw .badArgument("unknown \(name) '\(s)'", hint: "\(name) is one of \(words)")
        }
        return v
    }

    /// A technique id, case-insensitive (`t1543.003`); a malformed one is 1002.
    public func optionalTechniqueID(_ name: String) throws(RPCError) -> TechniqueID? {
        guard let s = try optionalString(name) else { return nil }
        guard let id = TechniqueID(s.trimmingWhitespace()) else {
            throw .badArgument("'\(s)' is not a technique id", hint: "a technique id looks like T1543 or T1543.003")
        }
        return id
    }

    public func techniqueID(_ name: String) throws(RPCError) -> TechniqueID {
        guard let id = try optionalTechniqueID(name) else { throw .invalidParams("missing param '\(name)' (a technique id)") }
        return id
    }
}

extension String {
    func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
