/// A small command-line parser: subcommands, `--flag value`, `--flag=value`, repeatable
/// options, boolean flags (`--x`, `--x=false`, `--no-x`), one-letter aliases (`-s PATH`),
/// positional arguments and `--` to end options. Options of a command stay valid in its
/// subcommands. `--help`/`-h` throws `.helpRequested` with the generated help text.
public struct ArgumentParser: Sendable {
    public let root: CommandSpec

    public init(_ root: CommandSpec) { self.root = root }

    /// Parses `arguments` (without the program name).
    public func parse(_ arguments: [String]) throws(ArgumentError) -> ParsedArguments {
        var result = ParsedArguments()
        var command = root
        var path: [CommandSpec] = [root]
        var options = root.options
        for o in root.options { if let d = o.defaultValue { result.defaults[o.name] = d } }
        var onlyPositionals = false
        var i = 0
        while i < arguments.count {
            let arg = arguments[i]
            i += 1
            if onlyPositionals || arg == "-" || !arg.hasPrefix("-") {
                if !onlyPositionals, result.positionals.isEmpty, !command.subcommands.isEmpty {
                    if let sub = command.subcommands.first(where: { $0.name == arg }) {
                        command = sub
                        path.append(sub)
                        result.commandPath.append(sub.name)
                        options += sub.options
                        for o in sub.options { if let d = o.defaultValue { result.defaults[o.name] = d } }
                        continue
                    }
                    if command.positionals.isEmpty {
                        throw .unknownCommand(arg, available: command.subcommands.map(\.name))
                    }
                }
                result.positionals.append(arg)
                continue
            }
            if arg == "--" {
                onlyPositionals = true
                continue
            }
            if arg == "--help" || arg == "-h" { throw .helpRequested(text: help(path)) }
            var name: String
            var inline: String?
            let option: OptionSpec
            if arg.hasPrefix("--") {
                let body = arg.dropFirst(2)
                if let eq = body.firstIndex(of: "=") {
                    name = String(body[..<eq])
                    inline = String(body[body.index(after: eq)...])
                } else {
                    name = String(body)
                }
                if let o = options.last(where: { $0.name == name }) {
                    option = o
                } else if name.hasPrefix("no-"), inline == nil,
                    let o = options.last(where: { $0.name == String(name.dropFirst(3)) && $0.kind == .flag }) {
                    option = o
                    name = o.name
                    inline = "false"
                } else {
                    throw .unknownOption(arg)
                }
            } else {
                guard arg.count == 2, let o = options.last(where: { $0.short == arg.last }) else { throw .unknownOption(arg) }
                option = o
                name = o.name
            }
            switch option.kind {
            case .flag:
                switch inline {
                case nil, "true": result.values[name, default: []].append("true")
                case "false": result.values[name, default: []].append("false")
                default: throw .flagTakesNoValue(option: name)
                }
            case .value, .repeatable:
                let value: String
                if let inline {
                    value = inline
                } else {
                    guard i < arguments.count else { throw .missingValue(option: name) }
                    value = arguments[i]
                    i += 1
                }
                result.values[name, default: []].append(value)
            }
        }
        try checkPositionals(result.positionals, command)
        return result
    }

    private func checkPositionals(_ given: [String], _ command: CommandSpec) throws(ArgumentError) {
        let required = command.positionals.filter { !$0.optional && !$0.variadic }
        if given.count < required.count { throw .missingArgument(required[given.count].name) }
        if command.positionals.last?.variadic != true, given.count > command.positionals.count {
            throw .unexpectedArgument(given[command.positionals.count])
        }
    }

    /// The help text of the root command, or of the subcommand at `commandPath`.
    public func help(for commandPath: [String] = []) -> String {
        var path = [root]
        for name in commandPath {
            guard let sub = path.last?.subcommands.first(where: { $0.name == name }) else { break }
            path.append(sub)
        }
        return help(path)
    }
}
