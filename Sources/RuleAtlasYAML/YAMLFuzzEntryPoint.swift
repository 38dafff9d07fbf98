/// libFuzzer-style entry point for the YAML layer; builds without libFuzzer.
///
/// Parses `bytes` and walks every node, so that a tree the parser can build but not
/// traverse also shows up. Returns the number of nodes visited.
@discardableResult
public func fuzzYAML(_ bytes: [UInt8]) -> Int {
    let result = YAMLParser.parse(bytes: bytes, path: "fuzz.yml")
    var count = 0
    var stack = result.documents
    while let node = stack.popLast() {
        count += 1
        switch node.value {
        case .scalar(let s): _ = s.boolValue ?? false
        case .sequence(let items): stack.append(contentsOf: items)
        case .mapping(let pairs):
            for pair in pairs {
                stack.append(pair.key)
                stack.append(pair.value)
            }
        }
    }
    return count
}
