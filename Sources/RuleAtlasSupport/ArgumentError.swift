/// Why a command line was refused; every case names the option or argument at fault.
public enum ArgumentError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownOption(String)
    case missingValue(option: String)
    case invalidValue(option: String, value: String, expected: String)
    case unexpectedArgument(String)
    case missingArgument(String)
    case unknownCommand(String, available: [String])
    case flagTakesNoValue(option: String)
    /// `--help` or `-h` was given: `text` is the help of the command reached so far.
    case helpRequested(text: String)

    public var description: String {
        switch self {
        case .unknownOption(let o): "unknown option '\(o)'"
        case .missingValue(let o): "option '--\(o)' needs a value"
        case .invalidValue(let o, let v, let expected): "invalid value '\(v)' for '--\(o)': expected \(expected)"
        case .unexpectedArgument(let a): "unexpected argument '\(a)'"
        case .missingArgument(let a): "missing argument \(a)"
        case .unknownCommand(let c, let available): "unknown command '\(c)' (commands: \(available.joined(separator: ", ")))"
        case .flagTakesNoValue(let o): "option '--\(o)' is a flag: use --\(o), --\(o)=true or --\(o)=false"
        case .helpRequested(let text): text
        }
    }
}
