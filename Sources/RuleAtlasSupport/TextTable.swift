/// Aligned plain-text columns for terminal output.
///
/// Columns marked numeric are right-aligned; the last column is never padded, so long
/// values (paths, titles) do not push trailing spaces.
public struct TextTable: Sendable {
    public struct Column: Sendable {
        public var title: String
        public var numeric: Bool
        public init(title: String, numeric: Bool = false) {
            self.title = title
            self.numeric = numeric
        }
    }

    public var columns: [Column]
    public private(set) var rows: [[String]] = []
    /// Print the title row (with a rule under it).
    public var showHeader = true

    public init(_ columns: [Column]) { self.columns = columns }
    public init(_ titles: String...) { self.columns = titles.map { Column(title: $0) } }

    public mutating func append(_ cells: [String]) {
        rows.append(cells + Array(repeating: "", count: Swift.max(0, columns.count - cells.count)))
    }

    public mutating func append(_ cells: String...) { append(cells) }

    public func render() -> String {
        var widths = columns.map { showHeader ? $0.title.count : 0 }
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = Swift.max(widths[i], cell.count) }
        }
        var lines: [String] = []
        if showHeader {
            lines.append(line(columns.map(\.title), widths: widths))
            lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        }
        for row in rows { lines.append(line(row, widths: widths)) }
        return lines.joined(separator: "\n")
    }

    private func line(_ cells: [String], widths: [Int]) -> String {
        var parts: [String] = []
        for (i, cell) in cells.prefix(columns.count).enumerated() {
            let pad = String(repeating: " ", count: Swift.max(0, widths[i] - cell.count))
            if columns[i].numeric {
                parts.append(pad + cell)
            } else {
                parts.append(i == columns.count - 1 ? cell : cell + pad)
            }
        }
        var text = parts.joined(separator: "  ")
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
