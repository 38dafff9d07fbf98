import RuleAtlasIndex
import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasProtocol
@testable import RuleAtlasServer
import RuleAtlasTestSupport
import Testing

/// The index methods through the JSON-RPC engine, on the real Sigma corpus.
@Suite struct IndexMethodsTests {
    let engine: RPCEngine
    let service: IndexService
    let context = RPCConnectionContext(connectionID: 1, peerUID: 0, peerPID: 1)

    init() {
        engine = RPCEngine(limits: RPCLimits())
        service = IndexService(roots: [], attackPath: nil)
        service.publish(IndexFixtures.sigma)
        registerIndexMethods(on: engine, service: service)
    }

    func call(_ method: String, _ params: String) throws -> JSON {
        var out: [UInt8] = []
        let text = #"{"jsonrpc":"2.0","id":7,"method":"\#(method)","params":\#(params)}"#
        #expect(engine.handle(Array(text.utf8)[...], context: context, into: &out))
        return try JSONParser.parse(out)
    }

    @Test func techniqueGetAnswersTheWorkedCheck() throws {
        let r = try call("technique.get", #"{"id":"t1543.003","vendors":["sigma"],"limit":50}"#)["result"]
        #expect(r?["ruleCount"]?.intValue == 38)
        #expect(r?["technique"]?["id"]?.stringValue == "T1543.003")
        #expect(r?["technique"]?["known"]?.boolValue == true)
        #expect(r?["rulesByVendor"]?["sigma"]?.arrayValue?.count == 38)
        let image = r?["fields"]?.arrayValue?.first { $0["field"]?.stringValue == "Image" }
        #expect(image?["rules"]?.intValue == 12)
        #expect(image?["ops"]?["ends_with"]?.intValue == 12)
        #expect(image?["ops"]?["eq"]?.intValue == 1)
        #expect(image?["samples"]?.arrayValue?.count == 5)
        let top = r?["indicators"]?.arrayValue?.first
        #expect(top?["field"]?.stringValue == "Provider_Name")
        #expect(top?["rulesHere"]?.intValue == 12)
        #expect(top?["corpusReach"]?.intValue == 43)
        #expect(r?["indicators"]?.arrayValue?.count == 50)
        #expect((r?["distinctIndicators"]?.intValue ?? 0) > 50)
    }

    @Test func errorsUseTheApplicationCodes() throws {
        #expect(try call("technique.get", #"{"id":"T9999"}"#)["error"]?["code"]?.intValue == 1001)
        #expect(try call("technique.get", #"{"id":"X1"}"#)["error"]?["code"]?.intValue == 1002)
        #expect(try call("technique.get", #"{"id":"T1059","limit":1001}"#)["error"]?["code"]?.intValue == 1002)
        #expect(try call("rule.get", #"{"id":"no-such-rule"}"#)["error"]?["code"]?.intValue == 1001)
        #expect(try call("event.get", #"{"provider":"Nobody","eventId":1}"#)["error"]?["code"]?.intValue == 1001)
    }

    @Test func listsPageWithTotals() throws {
        let matrix = try call("coverage.matrix", #"{"limit":5,"offset":2}"#)["result"]
        #expect(matrix?["items"]?.arrayValue?.count == 5)
        #expect(matrix?["total"]?.intValue == IndexFixtures.sigma.techniques.count)
        let all = try call("coverage.matrix", #"{"all":true,"limit":1}"#)["result"]
        #expect((all?["total"]?.intValue ?? 0) > (matrix?["total"]?.intValue ?? 0))
        let search = try call("rules.search", #"{"text":"sc.exe","technique":"T1543.003","limit":3}"#)["result"]
        #expect(search?["items"]?.arrayValue?.count == 3)
        #expect((search?["total"]?.intValue ?? 0) >= 3)
        let ts = try call("technique.search", #"{"query":"windows service"}"#)["result"]
        #expect(ts?["items"]?.arrayValue?.contains { $0["id"]?.stringValue == "T1543.003" } == true)
    }

    @Test func indicatorsRankAndLookupAgree() throws {
        let rank = try call("indicators.rank", #"{"technique":"T1543.003","field":"Image","op":"ends_with","vendors":["sigma"]}"#)["result"]
        let sc = rank?["items"]?.arrayValue?.first { $0["value"]?.stringValue?.lowercased() == "\\sc.exe" }
        #expect(sc?["rulesHere"]?.intValue == 6)
        #expect(sc?["corpusReach"]?.intValue == 17)
        let lookup = try call("indicators.lookup", #"{"field":"Image","value":"\\SC.EXE","op":"ends_with"}"#)["result"]
        #expect(lookup?["corpusReach"]?.intValue == 17)
        #expect(lookup?["rules"]?["total"]?.intValue == 17)
        #expect(lookup?["techniques"]?.arrayValue?.contains { $0["id"]?.stringValue == "T1543.003" && $0["rules"]?.intValue == 6 } == true)
        let excl = try call("indicators.rank", #"{"polarity":"exclusion","limit":1}"#)["result"]
        #expect(excl?["items"]?.arrayValue?.count == 1)
    }

    @Test func ruleAndEventPages() throws {
        let rule = try call("rule.get", #"{"id":"85FF530B-261D-48C6-A441-FACAA2E81E48"}"#)["result"]
        #expect(rule?["vendor"]?.stringValue == "sigma")
        #expect((rule?["predicates"]?.arrayValue?.count ?? 0) > 0)
        let event = try call("event.get", #"{"provider":"Service-Control-Manager","eventId":7045}"#)["result"]
        #expect(event?["title"]?.stringValue?.isEmpty == false)
        #expect(event?["techniques"]?.arrayValue?.contains { $0["id"]?.stringValue == "T1543.003" } == true)
    }

    @Test func layerIsANavigatorLayer() throws {
        let layer = try call("coverage.layer", #"{"vendors":["sigma"],"name":"Sigma"}"#)["result"]
        #expect(layer?["name"]?.stringValue == "Sigma")
        #expect(layer?["versions"]?["layer"]?.stringValue == "4.5")
        #expect(layer?["domain"]?.stringValue == "enterprise-attack")
        let t = layer?["techniques"]?.arrayValue?.first { $0["techniqueID"]?.stringValue == "T1543.003" }
        #expect(t?["score"]?.intValue == 38)
        #expect(t?["metadata"]?.arrayValue?.count == 38)
    }

    @Test func statusCarriesTheIndex() {
        var result = ServerStatus.Result(version: "test", startedAt: "now")
        service.contributeStatus(&result)
        #expect(result.generation == 1)
        #expect(result.rules.total == 3141)
        #expect(result.files.total == 3141)
        #expect(result.loadedAt != nil)
    }
}
