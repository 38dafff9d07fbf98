import Foundation
import RuleAtlasJSON
import RuleAtlasTestSupport
import Testing

/// `ruleatlas ping`, `status`, `call`, usage errors, help and an absent daemon, against a
/// real daemon over its socket.
@Suite struct CLIServerCommandTests {
    var socket: String { CLIDaemons.sample.socketPath }

    @Test func pingAnswersWithTheRoundTrip() throws {
        let run = try CLIRun.run(["ping"], socket: socket)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("pong from \(socket) in "))
        #expect(run.stdout.hasSuffix(" ms\n"))
        let raw = try CLIRun.run(["--json", "ping"], socket: socket)
        #expect(raw.status == 0)
        #expect(raw.json == "pong")
    }

    @Test func theSocketComesFromTheEnvironment() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["RULEATLAS_SOCKET"] = socket
        let run = try CLIRun.run(["ping"], socket: nil, environment: environment)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("pong from \(socket) "))
    }

    @Test func statusShowsWhatTheDaemonServes() throws {
        let direct = try #require(CLIDaemons.result(CLIDaemons.sample, "server.status"))
        let run = try CLIRun.run(["status"], socket: socket)
        #expect(run.status == 0)
        #expect(run.lines.first == "socket       \(socket)")
        #expect(run.lines.contains("version      \(direct["version"]?.stringValue ?? "?")"))
        #expect(run.lines.contains("rules        \(direct["rules"]?["total"]?.intValue ?? -1)"))
        #expect(run.lines.contains { $0.hasPrefix("files        ") && $0.hasSuffix(" failed)") })
        for (vendor, count) in direct["rules"]?["byVendor"]?.objectValue ?? [:] {
            #expect(run.lines.contains { $0.hasPrefix(vendor + " ") && $0.hasSuffix(" \(count.intValue ?? -1)") })
        }
        let raw = try CLIRun.run(["status", "--json"], socket: socket)
        #expect(raw.status == 0)
        #expect(raw.json?["version"] == direct["version"])
        #expect(raw.json?["rules"]?["total"] == direct["rules"]?["total"])
    }

    @Test func callPrintsTheResult() throws {
        let params = #"{"id":"T1543.003","limit":2}"#
        let direct = try #require(CLIDaemons.result(CLIDaemons.sample, "technique.get", params))
        let pretty = try CLIRun.run(["call", "technique.get", params], socket: socket)
        #expect(pretty.status == 0)
        #expect(pretty.json == direct)
        #expect(pretty.lines.count > 10, "indented over many lines")
        let compact = try CLIRun.run(["call", "--json", "technique.get", params], socket: socket)
        #expect(compact.status == 0)
        #expect(compact.stdout == direct.compactString + "\n")
        let noParams = try CLIRun.run(["call", "server.ping"], socket: socket)
        #expect(noParams.status == 0 && noParams.json == "pong")
    }

    @Test func callErrorsExitOne() throws {
        let unknown = try CLIRun.run(["call", "no.such.method"], socket: socket)
        #expect(unknown.status == 1)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr.hasPrefix("ruleatlas: error -32601: "))
        let badArgument = try CLIRun.run(["call", "technique.get", #"{"id":"X1"}"#], socket: socket)
        #expect(badArgument.status == 1)
        #expect(badArgument.stderr.hasPrefix("ruleatlas: error 1002: "))
        let wrongType = try CLIRun.run(["call", "technique.get", #"{"id":7}"#], socket: socket)
        #expect(wrongType.status == 1)
        #expect(wrongType.stderr.hasPrefix("ruleatlas: error -32602: "))
    }

    @Test(arguments: [
        (["call", "technique.get", "{not json"], "JSON-PARAMS is not valid JSON"),
        (["call", "technique.get", "[1]"], "JSON-PARAMS must be a JSON object"),
        (["call"], "METHOD"),
        (["technique"], "ID"),
        (["rule"], "ID"),
        (["frobnicate"], "frobnicate"),
        (["ping", "--no-such-flag"], "--no-such-flag"),
        (["--timeout", "soon", "ping"], "timeout"),
        (["indicators", "--limit", "many"], "limit"),
        (["watch", "--count", "0"], "--count"),
    ])
    func usageErrorsExitTwo(arguments: [String], mentions: String) throws {
        let run = try CLIRun.run(arguments, socket: socket)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("ruleatlas: "))
        #expect(run.stderr.contains(mentions), "\(run.stderr)")
        #expect(run.stderr.contains("--help"), "points at the help: \(run.stderr)")
    }

    @Test func noCommandPrintsTheUsageAndExitsTwo() throws {
        let run = try CLIRun.run([], socket: socket)
        #expect(run.status == 2)
        #expect((run.stdout + run.stderr).contains("USAGE: ruleatlas"))
    }

    @Test(arguments: ["ping", "status", "call", "technique", "search", "rule", "indicators", "layer", "watch"])
    func everyCommandFailsClearlyWithoutADaemon(command: String) throws {
        let path = DaemonProcess.makeDirectory() + "/absent.sock"
        defer { rmdir((path as NSString).deletingLastPathComponent) }
        let arguments = ["call": ["call", "server.ping"], "technique": ["technique", "T1543.003"], "rule": ["rule", "x"],
                         "search": ["search", "service"]][command] ?? [command]
        let run = try CLIRun.run(arguments, socket: path)
        #expect(run.status == 3, "\(command): \(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("ruleatlas: no daemon at \(path): start it with 'ruleatlasd --socket \(path)'"), "\(run.stderr)")
    }

    @Test func helpIsUseful() throws {
        let root = try CLIRun.run(["--help"], socket: nil)
        #expect(root.status == 0)
        #expect(root.stdout.hasPrefix("USAGE: ruleatlas [options] COMMAND"))
        for command in ["technique", "search", "rule", "indicators", "layer", "status", "ping", "call", "watch"] {
            #expect(root.stdout.contains("\n  \(command) "), "\(command) listed")
        }
        for text in ["--socket", "--json", "EXIT STATUS", "EXAMPLES"] { #expect(root.stdout.contains(text), "\(text)") }
        let flags = ["technique": ["--vendor", "--limit", "--include-deprecated"], "search": ["--technique", "--field", "--offset"],
                     "indicators": ["--technique", "--field", "--op", "--exclusions", "--sort"], "layer": ["--name", "--vendor"],
                     "watch": ["--count"], "call": ["METHOD", "JSON-PARAMS"], "rule": ["ID"], "status": [], "ping": []]
        for (command, expected) in flags {
            let help = try CLIRun.run([command, "--help"], socket: nil)
            #expect(help.status == 0)
            #expect(help.stdout.hasPrefix("USAGE: ruleatlas \(command)"), "\(help.stdout)")
            #expect(help.stdout.contains("EXAMPLES\n  ruleatlas \(command)"), "\(command) has examples")
            for flag in expected { #expect(help.stdout.contains(flag), "\(command) --help mentions \(flag)") }
        }
    }
}
