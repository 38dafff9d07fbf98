/// Splits the generated tab-separated tables into rows of cells.
enum TSV {
    /// Every non-empty line of `text`, each split on tabs (empty cells kept).
    static func rows(_ text: String) -> [[Substring]] {
        text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    }

    /// The cell at `index`, or the empty string when the row is shorter.
    static func cell(_ row: [Substring], _ index: Int) -> Substring {
        index < row.count ? row[index] : ""
    }
}
