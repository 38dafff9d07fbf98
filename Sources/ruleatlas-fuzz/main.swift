// libFuzzer entry. SwiftPM links the executable's own `main`, so instead of libFuzzer's
// main this top-level code calls `LLVMFuzzerRunDriver`. `RULEATLAS_FUZZ_TARGET` picks the
// target (see `FuzzTarget`: json, newline, content-length, dispatch, yaml, sigma-*, toml, elastic languages). See `make fuzz`.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

func printError(_ message: String) {
    var line = message + "\n"
    line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

#if FUZZING
nonisolated(unsafe) var selectedTarget = FuzzTarget.json

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    selectedTarget.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

if let name = getenv("RULEATLAS_FUZZ_TARGET").map({ String(cString: $0) }) {
    guard let target = FuzzTarget(rawValue: name) else {
        printError("unknown RULEATLAS_FUZZ_TARGET '\(name)': one of \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
        exit(2)
    }
    selectedTarget = target
}
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
#else
// A plain build: replay files given as arguments through every target (handy for
// reproducing a crash without the fuzzer runtime), or explain how to fuzz.
if CommandLine.arguments.count < 2 {
    print("""
    ruleatlas-fuzz: built without libFuzzer. Build and run with:
      swift build --product ruleatlas-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
      RULEATLAS_FUZZ_TARGET=json .build/debug/ruleatlas-fuzz -max_total_time=60
    or pass input files to replay them through every target.
    """)
    exit(0)
}
for path in CommandLine.arguments.dropFirst() {
    guard let file = fopen(path, "rb") else {
        printError("cannot open \(path)")
        exit(1)
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, file)
        if n <= 0 { break }
        bytes += buffer[0..<n]
    }
    fclose(file)
    for target in FuzzTarget.allCases { bytes.withUnsafeBytes { target.run($0) } }
    print("\(path): ok")
}
#endif
