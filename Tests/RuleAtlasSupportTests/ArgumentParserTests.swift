import Testing
@testable import RuleAtlasSupport

@Suite struct ArgumentParserTests {
    static let spec = CommandSpec(
        name: "ruleatlas", summary: "Query the RuleAtlas daemon.",
        options: [
            OptionSpec("socket", short: "s", valueName: "PATH", help: "Socket path."),
            .flag("json", help: "Print raw JSON."),
            OptionSpec("log-level", valueName: "LEVEL", help: "Log level.", defaultValue: "info"),
        ],
        subcommands: [
            CommandSpec(name: "status", summary: "Show daemon status."),
            CommandSpec(name: "call", summary: "Call a method.",
                        options: [OptionSpec("rules", kind: .repeatable, valueName: "DIR", help: "A rules root."),
                                  OptionSpec("timeout", valueName: "SECONDS", help: "Give up after this long.")],
                        positionals: [PositionalSpec("METHOD", help: "Method name."), PositionalSpec("PARAMS", help: "JSON params.", optional: true)]),
        ])
    let parser = ArgumentParser(spec)

    @Test func parsesSubcommandsOptionsAndPositionals() throws {
        let a = try parser.parse(["--socket", "/tmp/a.sock", "call", "--json", "technique.get", #"{"id":"T1543"}"#, "--rules=/r1", "--rules", "/r2"])
        #expect(a.commandPath == ["call"])
        #expect(a.string("socket") == "/tmp/a.sock")
        #expect(a.flag("json"))
        #expect(a.positionals == ["technique.get", #"{"id":"T1543"}"#])
        #expect(a.strings("rules") == ["/r1", "/r2"])
        #expect(a.string("log-level") == "info")
        #expect(!a.has("log-level"))
    }

    @Test func shortAliasesFlagsAndDoubleDash() throws {
        let a = try parser.parse(["-s", "x", "--json=false", "call", "--", "--weird", "-"])
        #expect(a.string("socket") == "x")
        #expect(!a.flag("json"))
        #expect(a.has("json"))
        #expect(a.positionals == ["--weird", "-"])
        #expect(try parser.parse(["--json", "--no-json", "status"]).flag("json") == false)
        #expect(try parser.parse(["--socket=a=b", "status"]).string("socket") == "a=b")
    }

    @Test func typedValuesNameTheFlagOnError() throws {
        let a = try parser.parse(["call", "--timeout", "abc", "m"])
        #expect(throws: ArgumentError.invalidValue(option: "timeout", value: "abc", expected: "an integer")) { try a.int("timeout") }
        let b = try parser.parse(["call", "--timeout=12", "m"])
        #expect(try b.int("timeout") == 12)
        #expect(try b.int("absent") == nil)
        let sizes = try ArgumentParser(CommandSpec(name: "d", summary: "", options: [OptionSpec("max", help: "")])).parse(["--max", "16M"])
        #expect(try sizes.byteSize("max") == 16 << 20)
        let error = #expect(throws: ArgumentError.self) { try a.int("timeout") }
        #expect(error?.description == "invalid value 'abc' for '--timeout': expected an integer")
    }

    @Test func refusesBadCommandLines() {
        #expect(throws: ArgumentError.unknownOption("--nope")) { try parser.parse(["--nope"]) }
        #expect(throws: ArgumentError.unknownOption("-x")) { try parser.parse(["-x"]) }
        #expect(throws: ArgumentError.missingValue(option: "socket")) { try parser.parse(["status", "--socket"]) }
        #expect(throws: ArgumentError.missingArgument("METHOD")) { try parser.parse(["call"]) }
        #expect(throws: ArgumentError.unexpectedArgument("c")) { try parser.parse(["call", "a", "b", "c"]) }
        #expect(throws: ArgumentError.unexpectedArgument("x")) { try parser.parse(["status", "x"]) }
        #expect(throws: ArgumentError.unknownCommand("stat", available: ["status", "call"])) { try parser.parse(["stat"]) }
        #expect(throws: ArgumentError.flagTakesNoValue(option: "json")) { try parser.parse(["--json=maybe"]) }
        // Subcommand options are not valid before the subcommand.
        #expect(throws: ArgumentError.unknownOption("--timeout")) { try parser.parse(["--timeout", "3", "call", "m"]) }
    }

    @Test func helpIsGeneratedFromTheSpec() {
        let error = #expect(throws: ArgumentError.self) { try parser.parse(["call", "--help"]) }
        guard case .helpRequested(let text)? = error else {
            Issue.record("expected help")
            return
        }
        #expect(text == """
        USAGE: ruleatlas call [options] METHOD [PARAMS]

        Call a method.

        ARGUMENTS:
          METHOD                    Method name.
          PARAMS                    JSON params.

        OPTIONS:
          -s, --socket PATH         Socket path.
              --json                Print raw JSON.
              --log-level LEVEL     Log level. (default: info)
              --rules DIR           A rules root. (repeatable)
              --timeout SECONDS     Give up after this long.
          -h, --help                Show this help.

        """)
        let root = parser.help()
        #expect(root.hasPrefix("USAGE: ruleatlas [options] COMMAND\n"))
        #expect(root.contains("COMMANDS:\n  status                    Show daemon status.\n  call                      Call a method."))
    }
}
