import Foundation
import Testing
import RuleAtlasModel
@testable import RuleAtlasCatalog
import RuleAtlasTestSupport

/// Rows of a reference TSV as dictionaries keyed by the header.
private func reference(_ name: String) throws -> [[String: String]] {
    let text = try String(contentsOf: SharedData.reference.appendingPathComponent(name), encoding: .utf8)
    let lines = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    guard let header = lines.first else { return [] }
    return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
}

@Test func eventCatalogMatchesReferenceTable() throws {
    let rows = try reference("events.tsv")
    #expect(rows.count == EventCatalog.builtin.events.count)
    for r in rows {
        let id = try #require(Int(r["event_id"] ?? ""))
        let e = EventCatalog.builtin.event(provider: r["provider_short"] ?? "", eventId: id)
        #expect(e?.title == r["title"], "\(r["provider_short"] ?? "")/\(id)")
        #expect(e?.providerFull == r["provider_full"])
    }
}

@Test func everySigmaCategoryRowLinks() throws {
    for r in try reference("logsource-events.tsv") where r["vendor"] == "sigma" && r["selector_kind"] == "logsource" {
        guard let sel = r["selector"], sel.contains("category="), let id = Int(r["event_id"] ?? "") else { continue }
        let category = String(sel.split(separator: "=").last ?? "")
        let got = EventLinker.builtin.sigma(product: "windows", category: category, service: nil, eventIDs: [], providers: [])
        #expect(got.contains { $0.provider == r["provider_short"] && $0.eventId == id && $0.link.rawValue == r["link"] }, "\(sel)")
    }
}

@Test func everyFieldMapRowIsFound() throws {
    for r in try reference("field-map.tsv") {
        let vendor = r["vendor"] ?? "", field = r["vendor_field"] ?? ""
        guard !field.hasPrefix("<") else { continue }
        let rows = FieldTable.builtin.rows(vendor: vendor, field: field)
        #expect(rows.contains { $0.canonical == r["canonical_field"] && $0.vendorField == field }, "\(vendor) \(field)")
    }
}

/// Every Windows Sigma rule's category links to at least one catalog event, except the
/// Kernel-File ETW categories that have no event-log event.
@Test func sigmaCorpusCategoriesLink() throws {
    let root = SharedData.sigmaRules.appendingPathComponent("windows")
    let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
    var categories: Set<String> = []
    for file in files where file.pathExtension == "yml" {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
        for line in text.split(separator: "\n") {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("category:") { categories.insert(t.dropFirst(9).trimmingCharacters(in: .whitespaces)) }
        }
    }
    #expect(categories.count > 20)
    for c in categories.sorted() where c != "file_access" && c != "file_rename" {
        #expect(!EventLinker.builtin.sigma(product: "windows", category: c, service: nil, eventIDs: [], providers: []).isEmpty, "\(c)")
    }
}
