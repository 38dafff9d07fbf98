import RuleAtlasJSON
import RuleAtlasModel

/// `server.status`: what the daemon serves and how it is doing.
public enum ServerStatus: RPCRequestType {
    public static let method = "server.status"
    public typealias Params = NoParams

    public struct Result: JSONEncodable, Sendable, Equatable {
        public var version: String
        /// Increments with each completed load or reload (0 before the first).
        public var generation: Int
        /// ISO 8601 UTC times (`2026-12-04T20:48:21Z`); `loadedAt` is nil before the first load.
        public var startedAt: String
        public var loadedAt: String?
        public var rules: RuleCounts
        public var files: FileCounts
        public var diagnostics: [WireDiagnostic]
        /// Open connections and requests answered since start.
        public var connections: Int
        public var requests: Int
        public var lastReload: LastReload?
        /// Changes seen on disk and not yet published (nil when the daemon does not watch).
        public var pendingChanges: Int?
        public var limits: Limits

        public init(version: String, generation: Int = 0, startedAt: String, loadedAt: String? = nil,
                    rules: RuleCounts = RuleCounts(), files: FileCounts = FileCounts(), diagnostics: [WireDiagnostic] = [],
                    connections: Int = 0, requests: Int = 0, lastReload: LastReload? = nil, limits: Limits = Limits()) {
            self.version = version
            self.generation = generation
            self.startedAt = startedAt
            self.loadedAt = loadedAt
            self.rules = rules
            self.files = files
            self.diagnostics = diagnostics
            self.connections = connections
            self.requests = requests
            self.lastReload = lastReload
            self.limits = limits
        }

        public var json: JSON {
            var o: JSONObject = [
                "version": JSON(version), "generation": JSON(generation), "startedAt": JSON(startedAt),
                "loadedAt": loadedAt.json, "rules": rules.json, "files": files.json, "diagnostics": diagnostics.json,
                "connections": JSON(connections), "requests": JSON(requests), "lastReload": lastReload.json,
            ]
            if let pendingChanges { o["pendingChanges"] = JSON(pendingChanges) }
            o["limits"] = limits.json
            return .object(o)
        }
    }

    /// Counted rules, in total and per vendor (every vendor present, 0 when none).
    public struct RuleCounts: JSONEncodable, Sendable, Equatable {
        public var total: Int
        public var byVendor: [Vendor: Int]
        public init(total: Int = 0, byVendor: [Vendor: Int] = [:]) {
            self.total = total
            self.byVendor = byVendor
        }
        public var json: JSON {
            ["total": JSON(total), "byVendor": .object(JSONObject(Vendor.allCases.map { ($0.rawValue, JSON(byVendor[$0] ?? 0)) }))]
        }
    }

    public struct FileCounts: JSONEncodable, Sendable, Equatable {
        public var total: Int
        public var failed: Int
        /// Files of a recognised vendor whose parser this build lacks (not errors).
        public var skipped: [Vendor: Int]
        public init(total: Int = 0, failed: Int = 0, skipped: [Vendor: Int] = [:]) {
            self.total = total
            self.failed = failed
            self.skipped = skipped
        }
        public var json: JSON {
            var o: JSONObject = ["total": JSON(total), "failed": JSON(failed)]
            if !skipped.isEmpty {
                o["skipped"] = .object(JSONObject(skipped.sorted { $0.key < $1.key }.map { ($0.key.rawValue, JSON($0.value)) }))
            }
            return .object(o)
        }
    }

    public struct LastReload: JSONEncodable, Sendable, Equatable {
        public var ms: Int
        public var files: Int
        public init(ms: Int, files: Int) {
            self.ms = ms
            self.files = files
        }
        public var json: JSON { ["ms": JSON(ms), "files": JSON(files)] }
    }

    /// The limits in force (each a daemon flag), so clients can see what they may send.
    public struct Limits: JSONEncodable, Sendable, Equatable {
        public var maxMessageBytes = 16 << 20
        public var maxHeaderLineBytes = 8 << 10
        public var maxBatchItems = 1000
        public var maxBatchResponseBytes = 25_000_000
        public var maxConnections = 1024
        public var maxConnectionsPerUID = 256
        public var outputPauseBytes = 1 << 20
        public var outputDropBytes = 32 << 20
        public var writeStallSeconds = 10
        public var partialMessageSeconds = 30
        public init() {}
        public var json: JSON {
            [
                "maxMessageBytes": JSON(maxMessageBytes), "maxHeaderLineBytes": JSON(maxHeaderLineBytes),
                "maxBatchItems": JSON(maxBatchItems), "maxBatchResponseBytes": JSON(maxBatchResponseBytes),
                "maxConnections": JSON(maxConnections), "maxConnectionsPerUID": JSON(maxConnectionsPerUID),
                "outputPauseBytes": JSON(outputPauseBytes), "outputDropBytes": JSON(outputDropBytes),
                "writeStallSeconds": JSON(writeStallSeconds), "partialMessageSeconds": JSON(partialMessageSeconds),
            ]
        }
    }
}
