import RuleAtlasJSON
import RuleAtlasSupport
#if canImport(Glibc)
import Glibc
#endif

let parser = ArgumentParser(CLICommands.rootSpec)

func fail(_ message: String, _ status: Int32) -> Never {
    StandardError.write("ruleatlas: \(message)\n")
    exit(status)
}

let args: ParsedArguments
do {
    args = try parser.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    if case .helpRequested(let text) = error {
        print(text, terminator: "")
        exit(ExitStatus.success)
    }
    let named = CommandLine.arguments.dropFirst().first { word in CLICommands.all.contains { $0.spec.name == word } }
    fail("\(error)\nTry 'ruleatlas\(named.map { " " + $0 } ?? "") --help'.", ExitStatus.usage)
}
guard let name = args.commandPath.first, let command = CLICommands.all.first(where: { $0.spec.name == name }) else {
    print(parser.help(), terminator: "")
    exit(ExitStatus.usage)
}
let timeout: Double
do { timeout = try args.double("timeout") ?? 60 } catch { fail("\(error)\nTry 'ruleatlas --help'.", ExitStatus.usage) }
let session = CLISession(
    socket: SocketPath.resolve(flag: args.string("socket")),
    json: args.flag("json"),
    timeoutMs: Int32(max(1, min(timeout * 1000, 86_400_000))))

do {
    exit(try command.run(args, session))
} catch {
    switch error {
    case .usage(let message):
        fail("\(message)\nTry 'ruleatlas \(name) --help'.", ExitStatus.usage)
    case .unreachable(let path, let reason):
        fail("no daemon at \(path): start it with 'ruleatlasd --socket \(path)' (or 'make run' in the source tree)\nreason: \(reason)",
             ExitStatus.unreachable)
    case .remote(let remote):
        var message = "error \(remote.code): \(remote.message)"
        if let data = remote.data { message += "\n" + (session.json ? data.compactString : data.prettyString) }
        fail(message, ExitStatus.callFailed)
    case .protocolError(let reason):
        fail("unexpected reply from \(session.socket.path): \(reason)", ExitStatus.unreachable)
    }
}
