#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits the generated tab-separated tables into rows of cells.
enum TSV {
    /// Every non-empty line of `text`, each split on tabs (empty cells kept). One pass over
    /// the UTF-8 bytes (the tables are parsed at start-up, beside the first load): cells
    /// are made straight from byte ranges, short ones without an allocation.
    static func rows(_ text: String) -> [[String]] {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return [] }
            var rows: [[String]] = []
            var start = 0
            while start < bytes.count {
                let newline = memchr(base + start, 0x0A, bytes.count - start)
                let end = newline.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
                if end > start {
                    var cells: [String] = []
                    var cellStart = start
                    while true {
                        let tab = memchr(base + cellStart, 0x09, end - cellStart)
                        let cellEnd = tab.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? end
                        cells.append(String(decoding: UnsafeBufferPointer(start: base + cellStart, count: cellEnd - cellStart), as: UTF8.self))
                        if cellEnd == end { break }
                        cellStart = cellEnd + 1
                    }
                    rows.append(cells)
                }
                start = end + 1
            }
            return rows
        }
    }

    /// The cell at `index`, or the empty string when the row is shorter.
    static func cell(_ row: [String], _ index: Int) -> String {
        index < row.count ? row[index] : ""
    }

    /// The comma-separated parts of a cell.
    static func list(_ cell: String) -> [String] {
        cell.utf8.split(separator: 0x2C).map { String(Substring($0)) }
    }
}
