import RuleAtlasServer
import RuleAtlasSupport
#if canImport(Glibc)
import Glibc
#endif

let parser = ArgumentParser(DaemonArguments.spec)
let options: ServerOptions
let logger: Logger
do {
    let args = try parser.parse(Array(CommandLine.arguments.dropFirst()))
    options = try DaemonArguments.options(from: args)
    logger = try Logger.fromArguments(args)
} catch {
    if case .helpRequested(let text) = error {
        print(text, terminator: "")
        exit(0)
    }
    StandardError.write("ruleatlasd: \(error)\nTry 'ruleatlasd --help'.\n")
    exit(2)
}

/// Every feature's method registration.
let features: [ServerFeature] = [registerCoreMethods, indexFeature(log: logger), reloadFeature(log: logger)]

do {
    let server = try Server(options: options, version: Server.version, features: features, log: logger)
    exit(server.run())
} catch {
    StandardError.write("ruleatlasd: \(error.message)\n")
    exit(1)
}
