import Foundation
import RuleAtlasIndex
import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasProtocol
@testable import RuleAtlasServer
import RuleAtlasTestSupport
import Testing

/// `coverage.layer` loaded by MITRE's own `mitreattack-python` (`pip install mitreattack-python`):
/// the layer must load, keep every technique and score, and round-trip as a 4.5 layer.
@Suite struct LayerValidationTests {
    static let loader = """
    import json, sys
    from mitreattack.navlayers import Layer
    layer = Layer()
    layer.from_file(sys.argv[1])
    d = layer.to_dict()
    scores = {t["techniqueID"]: t.get("score") for t in d["techniques"]}
    print(json.dumps({"layer": d["versions"]["layer"], "domain": d["domain"], "count": len(d["techniques"]),
                      "T1543.003": scores.get("T1543.003"), "meta": len(next(t for t in d["techniques"] if t["techniqueID"] == "T1543.003").get("metadata", []))}))
    """

    @Test func mitreattackPythonLoadsTheLayer() throws {
        let engine = RPCEngine(limits: RPCLimits())
        let service = IndexService(roots: [], attackPath: nil)
        service.publish(IndexFixtures.sigma)
        registerIndexMethods(on: engine, service: service)
        var out: [UInt8] = []
        let request = #"{"jsonrpc":"2.0","id":1,"method":"coverage.layer","params":{"vendors":["sigma"]}}"#
        _ = engine.handle(Array(request.utf8)[...], context: RPCConnectionContext(connectionID: 1, peerUID: 0, peerPID: 1), into: &out)
        let layer = try #require(try JSONParser.parse(out)["result"])
        let count = layer["techniques"]?.arrayValue?.count ?? 0
        let path = NSTemporaryDirectory() + "ruleatlas-layer-\(UUID().uuidString).json"
        try Data(layer.serialized()).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }

        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", Self.loader, path]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "mitreattack-python could not load the layer (is it installed?)")
        let seen = try JSONParser.parse(Array(data))
        #expect(seen["layer"]?.stringValue == "4.5")
        #expect(seen["domain"]?.stringValue == "enterprise-attack")
        #expect(seen["count"]?.intValue == count)
        #expect(count == IndexFixtures.sigma.techniques.count)
        #expect(seen["T1543.003"]?.intValue == 38)
        #expect(seen["meta"]?.intValue == 38)
    }
}
