// swift-tools-version:6.0
// RuleAtlas: what public detection-rule corpora know about each ATT&CK technique.
//
// Read top to bottom: C shims first, then the pure core (model, catalog, parsers,
// index), then the wire (JSON, JSON-RPC, protocol), then the edges (libuv, server,
// executables), then tests.
import PackageDescription

let package = Package(
    name: "RuleAtlas",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ruleatlasd", targets: ["ruleatlasd"]),
        .executable(name: "ruleatlas", targets: ["ruleatlas"]),
    ],
    targets: [
        // MARK: C libraries from Debian (system-library targets, no Swift code)
        .systemLibrary(name: "CLibUV", pkgConfig: "libuv", providers: [.apt(["libuv1-dev"])]),
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        /// A tiny C++ target over Debian's toml++ exposing a C function.
        .target(
            name: "CTOMLShim",
            cxxSettings: [.define("TOML_HEADER_ONLY", to: "0"), .define("TOML_SHARED_LIB", to: "1")],
            linkerSettings: [.linkedLibrary("tomlplusplus"), .linkedLibrary("stdc++")]
        ),

        // MARK: Pure core (no I/O beyond reading files, no libuv)
        /// Values: Vendor, Rule, Predicate, Op, Polarity, Diagnostic, the condition tree and the polarity pass.
        .target(name: "RuleAtlasModel"),
        /// JSON value type, byte-level parser and writer.
        .target(name: "RuleAtlasJSON", linkerSettings: [.linkedLibrary("m")]),
        /// YAML node tree over libyaml, with line and column on every node.
        .target(name: "RuleAtlasYAML", dependencies: ["CYAML", "RuleAtlasModel"]),
        /// ATT&CK techniques, catalog events, logsource -> events, canonical field table.
        .target(name: "RuleAtlasCatalog", dependencies: ["RuleAtlasModel", "RuleAtlasJSON"], exclude: ["Generated/gen-catalog.py"]),
        .target(name: "RuleAtlasSigma", dependencies: ["RuleAtlasModel", "RuleAtlasYAML", "RuleAtlasCatalog"]),
        .target(name: "RuleAtlasElastic", dependencies: ["RuleAtlasModel", "RuleAtlasCatalog", "CTOMLShim"]),
        /// Corpus scan, sharded build, immutable IndexSnapshot, every query function.
        .target(name: "RuleAtlasIndex", dependencies: ["RuleAtlasModel", "RuleAtlasCatalog", "RuleAtlasSigma", "RuleAtlasElastic"]),

        // MARK: The wire
        /// JSON-RPC 2.0 messages, errors, framing decoders, method registry. No sockets.
        .target(name: "RuleAtlasJSONRPC", dependencies: ["RuleAtlasJSON"]),
        /// One file per method: params and result shapes shared by daemon, CLI and tests.
        .target(name: "RuleAtlasProtocol", dependencies: ["RuleAtlasJSON", "RuleAtlasJSONRPC", "RuleAtlasModel"]),
        /// Argument parser and logger shared by the executables.
        .target(name: "RuleAtlasSupport"),

        // MARK: Edges
        /// The only target that imports CLibUV.
        .target(name: "RuleAtlasUV", dependencies: ["CLibUV"]),
        .target(name: "RuleAtlasServer", dependencies: [
            "RuleAtlasUV", "RuleAtlasJSON", "RuleAtlasJSONRPC", "RuleAtlasProtocol",
            "RuleAtlasIndex", "RuleAtlasCatalog", "RuleAtlasModel", "RuleAtlasSupport",
        ]),
        .executableTarget(name: "ruleatlasd", dependencies: ["RuleAtlasServer", "RuleAtlasSupport"]),
        /// The CLI client: plain POSIX socket, no libuv and no index.
        .executableTarget(name: "ruleatlas", dependencies: [
            "RuleAtlasJSON", "RuleAtlasJSONRPC", "RuleAtlasProtocol", "RuleAtlasSupport",
        ]),

        // MARK: Benchmarks
        /// Load generator and corpus benchmarks (`make bench`).
        .executableTarget(name: "ruleatlas-bench", dependencies: [
            "RuleAtlasJSON", "RuleAtlasJSONRPC", "RuleAtlasIndex", "RuleAtlasSupport", "RuleAtlasElastic", "RuleAtlasModel",
        ]),
        /// A raw libuv echo server in C, the baseline the load generator compares against.
        .executableTarget(name: "uv-echo", dependencies: ["CLibUV"]),
        /// libFuzzer targets (`make fuzz`): JSON parser, both framings, request dispatch, YAML,
        /// Sigma conditions and rules, TOML and the Elastic query languages. Built with
        /// `-Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING`; a plain build is a stub.
        .executableTarget(name: "ruleatlas-fuzz", dependencies: [
            "RuleAtlasJSON", "RuleAtlasJSONRPC", "RuleAtlasProtocol", "RuleAtlasYAML", "RuleAtlasSigma", "RuleAtlasElastic",
        ]),

        // MARK: Tests
        .target(name: "RuleAtlasTestSupport", dependencies: [
            "RuleAtlasJSON", "RuleAtlasJSONRPC", "RuleAtlasModel", "RuleAtlasIndex", "RuleAtlasCatalog",
        ]),
        .testTarget(name: "RuleAtlasModelTests", dependencies: ["RuleAtlasModel"]),
        .testTarget(name: "RuleAtlasJSONTests", dependencies: ["RuleAtlasJSON", "RuleAtlasTestSupport"]),
        .testTarget(name: "RuleAtlasJSONRPCTests", dependencies: ["RuleAtlasJSONRPC", "RuleAtlasTestSupport"]),
        .testTarget(name: "RuleAtlasSupportTests", dependencies: ["RuleAtlasSupport"]),
        .testTarget(name: "RuleAtlasYAMLTests", dependencies: ["RuleAtlasYAML", "RuleAtlasTestSupport"]),
        .testTarget(name: "RuleAtlasCatalogTests", dependencies: ["RuleAtlasCatalog", "RuleAtlasTestSupport"]),
        .testTarget(name: "RuleAtlasSigmaTests", dependencies: ["RuleAtlasSigma", "RuleAtlasTestSupport"]),
        .testTarget(name: "RuleAtlasElasticTests", dependencies: ["RuleAtlasElastic", "RuleAtlasTestSupport"]),
        .testTarget(name: "RuleAtlasIndexTests", dependencies: ["RuleAtlasIndex", "RuleAtlasTestSupport"]),
        .testTarget(name: "RuleAtlasProtocolTests", dependencies: ["RuleAtlasProtocol", "RuleAtlasTestSupport"]),
        .testTarget(name: "RuleAtlasUVTests", dependencies: ["RuleAtlasUV", "RuleAtlasTestSupport"]),
        .testTarget(name: "RuleAtlasServerTests", dependencies: ["RuleAtlasServer", "RuleAtlasTestSupport"]),
        /// The real daemon over a real socket.
        .testTarget(name: "RuleAtlasIntegrationTests", dependencies: ["RuleAtlasTestSupport", "RuleAtlasJSON", "RuleAtlasJSONRPC"]),
    ],
    cxxLanguageStandard: .cxx17
)
