/// `*` wildcard matching of search identifiers against condition patterns (`selection_*`).
enum SigmaGlob {
    static func matches(_ name: String, pattern: String) -> Bool {
        let n = Array(name.utf8), p = Array(pattern.utf8)
        var ni = 0, pi = 0
        var starP = -1, starN = 0
        while ni < n.count {
            if pi < p.count, p[pi] == UInt8(ascii: "*") {
                starP = pi
                starN = ni
                pi += 1
            } else if pi < p.count, p[pi] == n[ni] {
                pi += 1
                ni += 1
            } else if starP >= 0 {
                pi = starP + 1
                starN += 1
                ni = starN
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.count
    }
}
