/// What a command accepts: options, positional arguments and subcommands. The parser and
/// the generated `--help` text both come from this one description.
public struct CommandSpec: Sendable {
    public var name: String
    public var summary: String
    public var options: [OptionSpec]
    public var positionals: [PositionalSpec]
    public var subcommands: [CommandSpec]
    /// Extra paragraphs printed after the option list (examples, environment).
    public var discussion: String?

    public init(name: String, summary: String, options: [OptionSpec] = [], positionals: [PositionalSpec] = [],
                subcommands: [CommandSpec] = [], discussion: String? = nil) {
        self.name = name
        self.summary = summary
        self.options = options
        self.positionals = positionals
        self.subcommands = subcommands
        self.discussion = discussion
    }
}

/// A `--name` option: a boolean flag, a value (`--name V` or `--name=V`), or a repeatable value.
public struct OptionSpec: Sendable {
    public enum Kind: Sendable, Equatable {
        /// `--name` alone means true; `--name=false` and `--no-name` mean false.
        case flag
        /// Takes one value; given twice, the last wins.
        case value
        /// Takes one value each time and collects them all.
        case repeatable
    }

    public var name: String
    public var short: Character?
    public var kind: Kind
    /// Shown in help: `--socket PATH`.
    public var valueName: String
    public var help: String
    /// Shown in help and returned when the option is absent.
    public var defaultValue: String?

    public init(_ name: String, short: Character? = nil, kind: Kind = .value, valueName: String = "VALUE", help: String,
                defaultValue: String? = nil) {
        self.name = name
        self.short = short
        self.kind = kind
        self.valueName = valueName
        self.help = help
        self.defaultValue = defaultValue
    }

    public static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(name, short: short, kind: .flag, help: help)
    }
}

/// A positional argument; `optional` ones may be left out, a `variadic` last one takes the rest.
public struct PositionalSpec: Sendable {
    public var name: String
    public var help: String
    public var optional: Bool
    public var variadic: Bool

    public init(_ name: String, help: String, optional: Bool = false, variadic: Bool = false) {
        self.name = name
        self.help = help
        self.optional = optional
        self.variadic = variadic
    }
}
