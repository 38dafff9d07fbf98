import Testing
import RuleAtlasJSON
import RuleAtlasJSONRPC
import RuleAtlasModel
@testable import RuleAtlasProtocol

@Suite struct ParamDecodingTests {
    func code(_ body: () throws -> Void) -> Int? {
        do {
            try body()
            return nil
        } catch {
            return (error as? RPCError)?.code
        }
    }

    @Test func listParamsHaveDefaults() throws {
        let p = try RulesSearch.Params(params: [:])
        #expect(p.paging == Paging(limit: 20, offset: 0))
        #expect(p.filter.vendors == Vendor.allCases)
        #expect(p.filter.includeDeprecated == false)
        let q = try RulesSearch.Params(params: ["limit": 1000, "offset": 5, "vendors": ["KQL", "sigma", "sigma"], "includeDeprecated": true])
        #expect(q.paging == Paging(limit: 1000, offset: 5))
        #expect(q.filter.vendors == [.sigma, .kql])
        #expect(q.filter.includeDeprecated)
        #expect(try RulesSearch.Params(params: ["limit": 5.0]).paging.limit == 5)
        #expect(try RulesSearch.Params(params: ["limit": nil]).paging.limit == 20)
    }

    @Test func wrongJSONTypesAreMinus32602() {
        let cases: [JSONObject] = [
            ["limit": "20"], ["offset": true], ["vendors": "sigma"], ["vendors": [1]], ["includeDeprecated": "yes"],
            ["text": 5], ["technique": ["T1543"]], ["vendor": ["sigma"]],
        ]
        for params in cases {
            #expect(code { _ = try RulesSearch.Params(params: params) } == -32602, "\(params)")
        }
        #expect(code { _ = try TechniqueGet.Params(params: [:]) } == -32602)
        #expect(code { _ = try TechniqueGet.Params(params: ["id": 1543]) } == -32602)
        #expect(code { _ = try EventGet.Params(params: ["provider": "Sysmon", "eventId": "1"]) } == -32602)
        #expect(code { _ = try NoParams(params: ["x": 1]) } == -32602)
        #expect(code { _ = try AuthoringSuggest.Params(params: ["vendors": ["sigma"]]) } == -32602)
    }

    @Test func wellTypedNonsenseIs1002WithAHint() {
        let cases: [JSONObject] = [
            ["limit": 1001], ["limit": -1], ["offset": -3], ["limit": 2.5], ["vendors": ["qradar"]], ["vendors": []],
            ["technique": "X1"], ["technique": "T15433"],
        ]
        for params in cases {
            do throws(RPCError) {
                _ = try RulesSearch.Params(params: params)
                Issue.record("accepted \(params)")
            } catch {
                #expect(error.code == 1002, "\(params)")
                #expect(error.data?["hint"]?.stringValue?.isEmpty == false)
            }
        }
        #expect(code { _ = try TechniqueGet.Params(params: ["id": "X1"]) } == 1002)
        #expect(code { _ = try IndicatorsRank.Params(params: ["sort": "title"]) } == 1002)
        #expect(code { _ = try IndicatorsRank.Params(params: ["polarity": "negated"]) } == 1002)
        #expect(code { _ = try IndicatorsRank.Params(params: ["op": "in"]) } == 1002)
        #expect(code { _ = try AuthoringAnalyze.Params(params: ["text": "x", "format": "yaml"]) } == 1002)
        #expect(code { _ = try TechniqueSearch.Params(params: ["query": "  "]) } == 1002)
        #expect(code { _ = try EventGet.Params(params: ["provider": "Sysmon", "eventId": -1]) } == 1002)
    }

    @Test func techniqueIdsAreCaseInsensitive() throws {
        #expect(try TechniqueGet.Params(params: ["id": "t1543.003"]).id.rawValue == "T1543.003")
        let p = try IndicatorsRank.Params(params: ["technique": "t1059", "op": "starts_with", "polarity": "exclusion", "sort": "reach"])
        #expect(p.technique?.rawValue == "T1059")
        #expect(p.op == .startsWith)
        #expect(p.polarity == .exclusion)
        #expect(p.sort == .reach)
    }

    @Test func typedHandlersRunThroughTheEngine() throws {
        let engine = RPCEngine()
        ServerPing.register(on: engine) { _, _ in ServerPing.pong }
        RPCDiscover.register(on: engine)
        TechniqueGet.register(on: engine) { params, _ throws(RPCError) in
            throw .notFound("technique \(params.id)")
        }
        let context = RPCConnectionContext(connectionID: 1, peerUID: 0, peerPID: 0)
        func call(_ text: String) throws -> JSON {
            var out: [UInt8] = []
            #expect(engine.handle(Array(text.utf8)[...], context: context, into: &out))
            return try JSONParser.parse(out)
        }
        #expect(try call(#"{"jsonrpc":"2.0","id":1,"method":"server.ping"}"#)["result"] == "pong")
        #expect(try call(#"{"jsonrpc":"2.0","id":1,"method":"rpc.discover"}"#)["result"]?["methods"]?.arrayValue?.count == AllMethods.list.count)
        #expect(try call(#"{"jsonrpc":"2.0","id":1,"method":"technique.get","params":{"id":"t1000"}}"#)["error"]?["code"] == 1001)
        #expect(try call(#"{"jsonrpc":"2.0","id":1,"method":"technique.get","params":{"id":"nope"}}"#)["error"]?["code"] == 1002)
        #expect(try call(#"{"jsonrpc":"2.0","id":1,"method":"server.ping","params":{"x":1}}"#)["error"]?["code"] == -32602)
    }

    @Test func resultsEncodeWithTheNamesOfAPIMD() throws {
        let status = ServerStatus.Result(version: "1.0", startedAt: "2026-12-04T00:00:00Z", rules: .init(total: 3, byVendor: [.sigma: 3]))
        let s = status.json
        for key in ["version", "generation", "startedAt", "loadedAt", "rules", "files", "diagnostics", "connections", "requests", "lastReload", "limits"] {
            #expect(s.objectValue?.keys.contains(key) == true, "\(key)")
        }
        #expect(s["rules"]?["byVendor"] == ["sigma": 3, "elastic": 0, "splunk": 0, "kql": 0])
        let t1 = try #require(TechniqueID("T1543.003"))
        let list = RulesSearch.Result(total: 1, items: [RuleSummary(id: "r", title: "t", vendor: .kql, path: "p", techniques: [t1])])
        #expect(list.json.compactString == #"{"total":1,"items":[{"id":"r","title":"t","vendor":"kql","path":"p","techniques":["T1543.003"]}]}"#)
        let suggestion = AuthoringSuggest.Suggestion(kind: .similarRule, message: "m", ruleId: "r", similarity: 0.5)
        #expect(suggestion.json.compactString == #"{"kind":"similar-rule","message":"m","ruleId":"r","similarity":0.5}"#)
        #expect(Paging(limit: 2, offset: 3).page(Array(0..<10)) == [3, 4])
        #expect(Paging(limit: 2, offset: 30).page(Array(0..<10)) == [])
    }
}
