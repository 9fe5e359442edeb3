import Testing

@testable import TaakboekCore

/// `FrontMatter.split` cuts over UTF-8 bytes; it must cut exactly as splitting the text into
/// lines and joining them again does.
@Suite("Splitting a letter's front matter")
struct FrontMatterTests {
    typealias Random = FastYAMLCorpus.Random

    /// The line-based reading the byte-based one replaced.
    static func reference(_ text: String) -> Result<FrontMatter.Split, FrontMatter.Failure> {
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
        func isFence(_ line: String) -> Bool {
            var line = Substring(line)
            while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
            return line == "---"
        }
        guard let first = lines.first, isFence(first) else { return .failure(.noOpening) }
        guard let closing = lines.indices.dropFirst().first(where: { isFence(lines[$0]) }) else {
            return .failure(.noClosing)
        }
        let yaml = "\n" + lines[1..<closing].joined(separator: "\n") + "\n"
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return .success(FrontMatter.Split(yaml: yaml, body: body, closingLine: closing + 1))
    }

    static func same(_ text: String) -> Bool {
        switch (FrontMatter.split(text), reference(text)) {
        case (.success(let split), .success(let expected)):
            split.yaml == expected.yaml && split.body == expected.body && split.closingLine == expected.closingLine
        case (.failure(let failure), .failure(let expected)): failure == expected
        default: false
        }
    }

    @Test(
        "corners",
        arguments: [
            "", "\n", "---", "---\n", "---\n---", "---\n---\n", "--- \n---\t\nbody", "---\na: 1\n---\nbody\n",
            "---\na: 1\n---", "---\na: 1\n", "----\na: 1\n---\n", " ---\na: 1\n---\n", "---\na: 1\n ---\nb\n---\nc",
            "---\r\na: 1\r\n---\r\n", "---\nnaam: Één café\n---\n# Brief\n\nTekst ·\n", "---\n\n\n---\n\n\n",
            "a\n---\n---\n", "---\n---\n---\n---\n", "---\u{301}\n---\n",
        ])
    func corners(_ text: String) {
        #expect(Self.same(text), "\(text.debugDescription)")
    }

    @Test("random texts")
    func random() {
        var random = Random(seed: 0x5EED_F00D)
        let pieces = ["---", "--", "-", " ", "\t", "\n", "\n", "a: 1", "é", "\u{301}", "#", "\r\n", "x"]
        for _ in 0..<20_000 {
            let text = (0..<random.next(12)).map { _ in random.pick(pieces) }.joined()
            #expect(Self.same(text), "\(text.debugDescription)")
        }
    }
}
