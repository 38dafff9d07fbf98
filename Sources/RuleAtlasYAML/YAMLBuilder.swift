import CYAML
import RuleAtlasModel

/// Turns one run of libyaml events into documents; stops at the first libyaml error.
struct YAMLBuilder {
    struct Failure {
        var message: String
        /// Byte offset for reader (encoding) errors, whose mark libyaml leaves unset.
        var byteOffset: Int?
        /// 0-based line of the problem otherwise.
        var line: Int
        /// The offset is at a bad continuation byte: report the sequence's first byte.
        var atContinuation = false
        /// The builder already recorded the diagnostic; only resuming is left.
        var reported = false
    }

    /// A sequence or mapping being built; its children so far are `children[start...]`.
    struct Frame {
        var isMapping: Bool
        var start: Int
        var anchor: String?
        var line: Int
        var column: Int
        var size = 1
    }

    let path: String
    let lineOffset: Int
    let limits: YAMLParser.Limits
    var documents: [YAMLNode] = []
    var diagnostics: [Diagnostic] = []

    private var stack: [Frame] = []
    /// Children of every open frame, innermost frame's last: each finished sequence or
    /// mapping takes its children out into one array of the exact size.
    private var children: [YAMLNode] = []
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private var root: YAMLNode?
    private var expanded = 0
    /// Set when the current document was abandoned; its events are skipped to its end.
    private var abandoned = false
    /// Set once the current document has a scalar that may be a merge key (`<<`, or a
    /// `!!merge` tag): only then are its mappings checked for merges.
    private var mayMerge = false
    /// Set when reading must stop now (libyaml slows down on deep nesting), with the 0-based line.
    private var stopLine: Int?

    init(path: String, lineOffset: Int, limits: YAMLParser.Limits) {
        self.path = path
        self.lineOffset = lineOffset
        self.limits = limits
    }

    /// Feeds `bytes` through libyaml; returns the error that stopped it, if any.
    ///
    /// The parser lives on the heap: libyaml keeps a pointer to it (its string reader's
    /// handler data), so it must not move while it runs.
    mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) -> Failure? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        defer { parser.deinitialize(count: 1); parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            return Failure(message: "YAML parser could not be initialised", byteOffset: 0, line: 0)
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, base, bytes.count)
        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        event.initialize(to: yaml_event_t())
        defer { event.deinitialize(count: 1); event.deallocate() }
        while true {
            guard yaml_parser_parse(parser, event) == 1 else { return failure(of: parser.pointee) }
            let type = event.pointee.type
            handle(&event.pointee)
            yaml_event_delete(event)
            if let stopLine { return Failure(message: "", byteOffset: nil, line: stopLine, reported: true) }
            if type == YAML_STREAM_END_EVENT { return nil }
        }
    }

    private func failure(of parser: yaml_parser_t) -> Failure {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        if parser.error == YAML_READER_ERROR {
            var message = "invalid input: \(problem)"
            if parser.problem_value >= 0 { message += " (byte 0x\(String(UInt8(truncatingIfNeeded: parser.problem_value), radix: 16)))" }
            return Failure(message: message, byteOffset: parser.problem_offset, line: 0,
                           atContinuation: problem.contains("trailing"))
        }
        var message = "YAML syntax error: \(problem)"
        if let context = parser.context { message += " \(String(cString: context))" }
        if parser.error == YAML_MEMORY_ERROR { message = "YAML parser ran out of memory" }
        return Failure(message: message, byteOffset: nil, line: Int(parser.problem_mark.line))
    }

    private func position(_ mark: yaml_mark_t) -> (line: Int, column: Int) {
        (Int(mark.line) + 1 + lineOffset, Int(mark.column) + 1)
    }

    private mutating func handle(_ event: inout yaml_event_t) {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            stack.removeAll(keepingCapacity: true)
            children.removeAll(keepingCapacity: true)
            anchors.removeAll(keepingCapacity: true)
            root = nil
            expanded = 0
            abandoned = false
            mayMerge = false
        case YAML_DOCUMENT_END_EVENT:
            if !abandoned, let root { documents.append(root) }
            root = nil
            anchors.removeAll()
        case YAML_SCALAR_EVENT where !abandoned:
            let s = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: s.value, count: s.length), as: UTF8.self)
            let tag = s.tag.map { String(cString: $0) }
            if !mayMerge, (s.length == 2 && s.value[0] == UInt8(ascii: "<") && s.value[1] == UInt8(ascii: "<")) || tag != nil {
                mayMerge = true
            }
            let scalar = YAMLScalar(text: text, style: Self.style(s.style), tag: tag)
            let (line, column) = position(event.start_mark)
            let node = YAMLNode(.scalar(scalar), line: line, column: column)
            if let anchor = s.anchor { anchors[String(cString: anchor)] = (node, 1) }
            add(node, size: 1)
        case YAML_ALIAS_EVENT where !abandoned:
            let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
            let (line, column) = position(event.start_mark)
            guard let target = anchors[name] else {
                abandon("unknown alias *\(name)", line: line, column: column)
                return
            }
            expanded += target.size
            guard expanded <= limits.aliasExpansion else {
                abandon("alias expansion exceeds \(limits.aliasExpansion) nodes (alias bomb?)", line: line, column: column)
                return
            }
            var node = target.node
            node.line = line
            node.column = column
            add(node, size: target.size)
        case YAML_SEQUENCE_START_EVENT where !abandoned:
            open(isMapping: false, anchor: event.data.sequence_start.anchor, mark: event.start_mark)
        case YAML_MAPPING_START_EVENT where !abandoned:
            open(isMapping: true, anchor: event.data.mapping_start.anchor, mark: event.start_mark)
        case YAML_SEQUENCE_END_EVENT where !abandoned, YAML_MAPPING_END_EVENT where !abandoned:
            close()
        default:
            break
        }
    }

    private static func style(_ s: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch s {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    private mutating func abandon(_ message: String, line: Int, column: Int) {
        diagnostics.append(Diagnostic(.error, message, at: SourceLocation(path: path, line: line, column: column)))
        abandoned = true
        stack.removeAll()
        children.removeAll()
        root = nil
    }

    private mutating func open(isMapping: Bool, anchor: UnsafeMutablePointer<yaml_char_t>?, mark: yaml_mark_t) {
        let (line, column) = position(mark)
        guard stack.count < limits.depth else {
            abandon("nesting deeper than \(limits.depth) levels", line: line, column: column)
            stopLine = Int(mark.line)
            return
        }
        stack.append(Frame(isMapping: isMapping, start: children.count, anchor: anchor.map { String(cString: $0) },
                           line: line, column: column))
    }

    private mutating func close() {
        guard let frame = stack.popLast() else { return }
        let node: YAMLNode
        if frame.isMapping {
            // libyaml emits a value for every key, so the children pair up.
            var pairs: [YAMLPair] = []
            pairs.reserveCapacity((children.count - frame.start) / 2)
            var i = frame.start
            while i + 1 < children.count {
                pairs.append(YAMLPair(key: children[i], value: children[i + 1]))
                i += 2
            }
            reportDuplicateKeys(pairs)
            let merged = mayMerge ? YAMLMerge.apply(pairs) : nil
            node = YAMLNode(.mapping(merged ?? pairs), line: frame.line, column: frame.column)
        } else {
            node = YAMLNode(.sequence(Array(children[frame.start...])), line: frame.line, column: frame.column)
        }
        children.removeSubrange(frame.start...)
        if let anchor = frame.anchor { anchors[anchor] = (node, frame.size) }
        add(node, size: frame.size)
    }

    private mutating func add(_ node: YAMLNode, size: Int) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        stack[stack.count - 1].size += size
        children.append(node)
    }

    private mutating func reportDuplicateKeys(_ pairs: [YAMLPair]) {
        guard pairs.count > 1 else { return }
        // Key texts taken out once: comparing them pairwise then copies nothing.
        var keys: [String?] = []
        keys.reserveCapacity(pairs.count)
        for pair in pairs {
            if case .scalar(let key) = pair.key.value { keys.append(key.text) } else { keys.append(nil) }
        }
        if pairs.count <= 16 {
            for i in 1..<keys.count {
                guard let key = keys[i] else { continue }
                for j in 0..<i where keys[j] == key {
                    reportDuplicate(pairs[i].key, key)
                    break
                }
            }
            return
        }
        var seen = Set<String>(minimumCapacity: pairs.count)
        for (i, key) in keys.enumerated() {
            guard let key else { continue }
            if !seen.insert(key).inserted { reportDuplicate(pairs[i].key, key) }
        }
    }

    private mutating func reportDuplicate(_ key: YAMLNode, _ text: String) {
        diagnostics.append(Diagnostic(.warning, "duplicate key '\(text)'", at: SourceLocation(
            path: path, line: key.line, column: key.column)))
    }
}
