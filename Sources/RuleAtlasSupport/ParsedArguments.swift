/// The result of parsing: which subcommand, option values and positional arguments.
public struct ParsedArguments: Sendable, Equatable {
    /// Subcommand names from the root's child down (empty for the root command).
    public var commandPath: [String] = []
    /// Values given per option name, in order (flags store "true"/"false").
    public var values: [String: [String]] = [:]
    /// Defaults of the options of the commands reached.
    var defaults: [String: String] = [:]
    public var positionals: [String] = []

    public init() {}

    /// The last value given, else the default, else nil.
    public func string(_ name: String) -> String? { values[name]?.last ?? defaults[name] }

    /// Every value of a repeatable option, in order.
    public func strings(_ name: String) -> [String] { values[name] ?? [] }

    /// True when the flag was given (and not set to false).
    public func flag(_ name: String) -> Bool { values[name]?.last == "true" }

    /// Whether the option was given at all.
    public func has(_ name: String) -> Bool { values[name] != nil }

    /// The value converted by `convert`; a value it rejects is an error naming the option.
    public func value<T>(_ name: String, expected: String, _ convert: (String) -> T?) throws(ArgumentError) -> T? {
        guard let text = string(name) else { return nil }
        guard let v = convert(text) else { throw .invalidValue(option: name, value: text, expected: expected) }
        return v
    }

    public func int(_ name: String) throws(ArgumentError) -> Int? {
        try value(name, expected: "an integer") { Int($0) }
    }

    /// A byte size: `1048576`, `512K`, `16M`, `1G` (powers of 1024).
    public func byteSize(_ name: String) throws(ArgumentError) -> Int? {
        try value(name, expected: "a size such as 16M, 512K or 1048576") { text in
            let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
            if let last = text.uppercased().last, let scale = units[last] {
                return Int(text.dropLast()).flatMap { $0 >= 0 ? $0 * scale : nil }
            }
            return Int(text).flatMap { $0 >= 0 ? $0 : nil }
        }
    }

    public func double(_ name: String) throws(ArgumentError) -> Double? {
        try value(name, expected: "a number") { Double($0) }
    }
}
