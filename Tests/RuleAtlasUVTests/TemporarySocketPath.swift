import Foundation

/// A socket path unique to this process and call.
func temporarySocketPath(_ name: String) -> String {
    "/tmp/ruleatlas-uvtest-\(getpid())-\(name)-\(UInt32.random(in: 0...UInt32.max)).sock"
}
