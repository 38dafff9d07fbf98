extension ArgumentParser {
    /// USAGE line, summary, then ARGUMENTS, OPTIONS (own and inherited) and COMMANDS.
    func help(_ path: [CommandSpec]) -> String {
        let command = path[path.count - 1]
        let options = path.flatMap(\.options)
        var usage = "USAGE: " + path.map(\.name).joined(separator: " ")
        if !options.isEmpty { usage += " [options]" }
        if !command.subcommands.isEmpty { usage += command.positionals.isEmpty ? " COMMAND" : " [COMMAND]" }
        for p in command.positionals {
            let name = p.variadic ? p.name + "..." : p.name
            usage += p.optional || p.variadic ? " [\(name)]" : " \(name)"
        }
        var lines = [usage, "", command.summary]
        if !command.positionals.isEmpty {
            lines += ["", "ARGUMENTS:"]
            lines += command.positionals.map { Self.row($0.name, $0.help) }
        }
        lines += ["", "OPTIONS:"]
        for o in options {
            var left = o.short.map { "-\($0), " } ?? "    "
            left += "--" + o.name
            if o.kind != .flag { left += " " + o.valueName }
            var text = o.help
            if o.kind == .repeatable { text += " (repeatable)" }
            if let d = o.defaultValue { text += " (default: \(d))" }
            lines.append(Self.row(left, text))
        }
        lines.append(Self.row("-h, --help", "Show this help."))
        if !command.subcommands.isEmpty {
            lines += ["", "COMMANDS:"]
            lines += command.subcommands.map { Self.row($0.name, $0.summary) }
        }
        if let discussion = command.discussion { lines += ["", discussion] }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func row(_ left: String, _ right: String) -> String {
        let width = 26
        let pad = left.count < width ? String(repeating: " ", count: width - left.count) : "\n" + String(repeating: " ", count: width + 2)
        return "  " + left + pad + right
    }
}
