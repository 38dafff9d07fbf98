/// Splits the generated tab-separated tables into rows of cells.
enum TSV {
    /// Every non-empty line of `text`, each split on tabs (empty cells kept). Works on UTF-8
    /// bytes: the tables are parsed at start-up and grapheme-aware splitting costs ten times more.
    static func rows(_ text: String) -> [[Substring]] {
        var text = text
        text.makeContiguousUTF8()
        let base = Substring(text)
        return base.utf8.split(separator: 0x0A).map { line in
            line.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
        }
    }

    /// The cell at `index`, or the empty string when the row is shorter.
    static func cell(_ row: [Substring], _ index: Int) -> Substring {
        index < row.count ? row[index] : ""
    }

    /// The comma-separated parts of a cell.
    static func list(_ cell: Substring) -> [String] {
        cell.utf8.split(separator: 0x2C).map { String(Substring($0)) }
    }
}
