import RuleAtlasJSON
import RuleAtlasSupport

/// Options shared by the query subcommands: vendor filter, deprecated rules, paging.
enum QueryOptions {
    static let filter: [OptionSpec] = [
        OptionSpec("vendor", kind: .repeatable, valueName: "VENDOR", help: "Only rules of this vendor (sigma, elastic, splunk, kql); repeatable or comma-separated."),
        .flag("include-deprecated", help: "Count deprecated rules too."),
    ]

    static let paging: [OptionSpec] = [
        OptionSpec("limit", valueName: "N", help: "How many rows (at most 1000).", defaultValue: "20"),
        OptionSpec("offset", valueName: "N", help: "Skip this many rows."),
    ]

    /// `--technique ID` and `--field FIELD`: narrow a list to one technique or field.
    static let narrowing: [OptionSpec] = [
        OptionSpec("technique", valueName: "ID", help: "Only under this technique (with its sub-techniques)."),
        OptionSpec("field", valueName: "FIELD", help: "Only this field."),
    ]

    /// `vendors` and `includeDeprecated` params from the flags.
    static func filterParams(_ args: ParsedArguments) -> JSONObject {
        var params: JSONObject = [:]
        let vendors = args.strings("vendor").flatMap { $0.split(separator: ",").map { String($0) } }
        if !vendors.isEmpty { params["vendors"] = .array(vendors.map { JSON($0) }) }
        if args.flag("include-deprecated") { params["includeDeprecated"] = true }
        return params
    }

    /// `limit` and `offset` params from the flags.
    static func pagingParams(_ args: ParsedArguments, offset: Bool = true) throws(CLIFailure) -> JSONObject {
        var params: JSONObject = [:]
        do {
            if let limit = try args.int("limit") { params["limit"] = JSON(limit) }
            if offset, let o = try args.int("offset") { params["offset"] = JSON(o) }
        } catch { throw .usage("\(error)") }
        return params
    }

    /// `Rules (12)` for a whole `{total, items}` list, `Rules (20 of 37)` for one page of it.
    static func title(_ name: String, _ list: JSON?) -> String {
        let total = list?["total"]?.intValue ?? 0, shown = list?["items"]?.arrayValue?.count ?? 0
        return shown < total ? "\(name) (\(shown) of \(total))" : "\(name) (\(total))"
    }

    /// `a` with the keys of `b` added.
    static func merged(_ a: JSONObject, _ b: JSONObject) -> JSONObject {
        var out = a
        for (k, v) in b { out[k] = v }
        return out
    }
}

extension JSON {
    /// A scalar as people read it: strings unquoted, null as `-`.
    var text: String { StatusCommand.scalar(self) }
}
