import TaakboekCore

// A letter's bytes as the loader reads them: decoded as record text, split into front matter and
// body, and the front matter read as YAML. Beyond "no crash, no hang", the split must agree with a
// plain line-by-line reading (`ReferenceSplit`) byte for byte, and every YAML node must lie on a
// line between the two fences, so findings point at the letter's own lines. And whatever text
// `FastYAMLReader` reads, the whole input and the front matter alike, Yams must read the same.

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    guard let text = RecordText.decode(bytes).text else { return 0 }
    FastReaderAgreement.check(text)
    let expected = ReferenceSplit(text)
    switch FrontMatter.split(text) {
    case .failure(let failure):
        guard failure == expected.failure else {
            fatalError("split failed with \(failure), the reference says \(String(describing: expected.failure))")
        }
    case .success(let split):
        guard expected.failure == nil else {
            fatalError("split succeeded, the reference failed with \(String(describing: expected.failure))")
        }
        guard Array(split.yaml.utf8) == expected.yaml, Array(split.body.utf8) == expected.body,
            split.closingLine == expected.closingLine
        else {
            fatalError("split differs from the reference (closing line \(split.closingLine), \(expected.closingLine))")
        }
        FastReaderAgreement.check(split.yaml)
        if let root = YAMLLoader.load(split.yaml).root {
            // An empty front matter (only comments or a `---`) is reported at the opening fence.
            if root.scalar?.text.isEmpty == true && root.line == 1 { return 0 }
            NodeLines.check(root, within: 2..<max(2, split.closingLine))
        }
    }
    return 0
}

/// The split done the obvious way: the text cut into lines at every "\n"; a fence is a line that
/// is `---` after trailing spaces and tabs are removed.
struct ReferenceSplit {
    var failure: FrontMatter.Failure?
    var yaml: [UInt8] = []
    var body: [UInt8] = []
    var closingLine = 0

    init(_ text: String) {
        let lines = Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        func isFence(_ line: ArraySlice<UInt8>) -> Bool {
            var line = line
            while let last = line.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { line.removeLast() }
            return Array(line) == Array("---".utf8)
        }
        guard isFence(lines[0]) else {
            failure = .noOpening
            return
        }
        guard let closing = lines.indices.dropFirst().first(where: { isFence(lines[$0]) }) else {
            failure = .noClosing
            return
        }
        closingLine = closing + 1
        yaml = [UInt8(ascii: "\n")]
        for line in lines[1..<closing] { yaml += line + [UInt8(ascii: "\n")] }
        if closing == 1 { yaml.append(UInt8(ascii: "\n")) }
        body = Array(lines[(closing + 1)...].joined(separator: [UInt8(ascii: "\n")]))
    }
}

enum NodeLines {
    static func check(_ node: YAMLNode, within lines: Range<Int>) {
        guard lines.contains(node.line) else {
            fatalError("a YAML node on line \(node.line), outside the front matter's lines \(lines)")
        }
        switch node.content {
        case .scalar: break
        case .mapping(let pairs):
            for pair in pairs {
                guard lines.contains(pair.keyLine) else {
                    fatalError("key \(pair.key) on line \(pair.keyLine), outside the front matter's lines \(lines)")
                }
                check(pair.value, within: lines)
            }
        case .sequence(let items): for item in items { check(item, within: lines) }
        }
    }
}

/// `FastYAMLReader`'s promise: a text it reads is read by the Yams path into the same tree, every
/// line and column included, without problems.
enum FastReaderAgreement {
    static func check(_ text: String) {
        guard let fast = FastYAMLReader.read(text) else { return }
        let slow = YAMLLoader.loadWithYams(text)
        guard slow.problems.isEmpty else {
            fatalError("FastYAMLReader reads a text in which Yams finds \(slow.problems.map(\.message.en))")
        }
        guard slow.root == fast else {
            fatalError(
                "FastYAMLReader and Yams read different trees:\n\(String(describing: fast))\n\(String(describing: slow.root))"
            )
        }
    }
}
