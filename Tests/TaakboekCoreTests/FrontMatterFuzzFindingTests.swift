import Testing

@testable import TaakboekCore

/// Inputs on which the front-matter harness (`Fuzz/Sources/FuzzFrontMatter`, run by
/// `scripts/fuzz frontmatter`) found a broken invariant, each kept with what must hold now.
@Suite("Fuzz findings: letter front matter")
struct FrontMatterFuzzFindingTests {
    /// Every node of a tree with its line, keys included.
    func lines(_ node: YAMLNode) -> [Int] {
        switch node.content {
        case .scalar: [node.line]
        case .mapping(let pairs): [node.line] + pairs.flatMap { [$0.keyLine] + lines($0.value) }
        case .sequence(let items): [node.line] + items.flatMap(lines)
        }
    }

    /// An explicit key (`?`) without a value, then empty lines up to the closing fence: libyaml put
    /// the empty value on the fence's line, so a finding about it pointed at `---`.
    /// An explicit key (`?`) once put its empty value lines away (found by the front-matter
    /// harness); records no longer use explicit keys, and the refusal points at the `?`.
    @Test func anExplicitKeyWithoutAValueIsRefusedAtItsLine() throws {
        let bytes =
            Array("---\r\nperiOpti4nsoort: I\n".utf8) + Array(repeating: 0x0A, count: 57) + Array("?".utf8)
            + Array(repeating: 0x0A, count: 25) + Array("\r\n---\r\n".utf8)
        let text = try #require(RecordText.decode(bytes).text)
        let split = try FrontMatter.split(text).get()
        #expect(split.closingLine == 86)
        let loaded = YAMLLoader.load(split.yaml)
        #expect(loaded.root == nil)
        #expect(loaded.problems.map { [$0.line, $0.column] } == [[60, 1]], "\(loaded.problems)")
        #expect(loaded.problems.first?.category == .forbiddenFeature)
    }

    @Test func anExplicitKeyAtTheEndOfARecordIsRefusedAtTheKey() throws {
        let loaded = YAMLLoader.load("periode: 2023-I\n? taakstelling\n\n\n")
        #expect(loaded.root == nil && loaded.problems.map { [$0.line, $0.column] } == [[2, 1]])
        // With a value, too.
        #expect(YAMLLoader.load("? taakstelling\n: 4\n").problems.first?.category == .forbiddenFeature)
    }

    /// A NEL (U+0085) is a line break to libyaml but not to an editor: the key after it was put
    /// on line 5 of a letter whose closing fence is on line 5. Such a character (and U+2028,
    /// U+2029) is now a problem of the file itself, at its place.
    @Test func aLineBreakOnlyYAMLKnowsIsRefusedWhereItStands() throws {
        let crash =
            Array("---\n\nlijst:\n".utf8) + [0xC2, 0x85]
            + Array("-eu00eUlocatie: rekening:plaatsingen_onvolledig:!-\n---".utf8)
        let decoded = RecordText.decode(crash)
        #expect(decoded.text == nil)
        let problem = try #require(decoded.problems.first)
        #expect(problem.isFatal && problem.line == 4 && problem.column == 1)
        #expect(problem.message.nl.contains("U+0085"))
        for separator in ["\u{2028}", "\u{2029}"] {
            let problems = RecordText.decode(Array("a: 1\nb: x\(separator)y\n".utf8)).problems
            #expect(problems.map { ($0.line, $0.column, $0.isFatal) }.first ?? (0, 0, false) == (2, 5, true))
        }
        // Other non-ASCII text, with the same lead bytes, is fine.
        #expect(RecordText.decode(Array("a: café … ½\n".utf8)).problems.isEmpty)
    }

    /// A front matter that is only a document start (`---` with a comment) and a letter's fence:
    /// libyaml puts the empty document at the end of the stream, the closing fence's line. An
    /// empty value past the last line with text now stands where it belongs (the document's
    /// start, its key, its sequence).
    @Test func anEmptyDocumentPointsAtItsStartNotAtTheClosingFence() throws {
        let text = try #require(RecordText.decode(Array("---\n--- # ]07    t  \n---\r\n  \nl".utf8)).text)
        let split = try FrontMatter.split(text).get()
        #expect(split.closingLine == 3)
        let root = try #require(YAMLLoader.load(split.yaml).root)
        #expect((root.line, root.column) == (1, 1))
        let record = try #require(YAMLLoader.load("--- # leeg\n\n\n").root)
        #expect((record.line, record.column) == (1, 1))
        let item = try #require(YAMLLoader.load("lijst:\n  - a\n  -\n\n").root?["lijst"]?.items?.last)
        #expect(item.line == 3, "\(item.line)")
    }

    /// Brackets in a plain scalar (`vset: --[[[…`) are text to Yams and to the fast reader, but the
    /// nesting check before Yams counted them as flow collections: the Yams path refused what the
    /// fast reader read (found by the front matter harness once it compared the two readers).
    @Test func bracketsInsideAPlainScalarAreTextNotNesting() throws {
        let crash =
            Array("vset: --".utf8) + Array(repeating: UInt8(ascii: "["), count: 87) + Array("\n# tjk:--".utf8)
        let text = try #require(RecordText.decode(crash).text)
        let fast = try #require(FastYAMLReader.read(text))
        let slow = YAMLLoader.loadWithYams(text)
        #expect(slow.problems.isEmpty, "\(slow.problems.map(\.message.en))")
        #expect(slow.root == fast)
        let brackets = String(repeating: "[", count: 100)
        let notNesting = [
            "opmerking: zie " + brackets + "\n", "a: 'x" + brackets + "'\n", "a: \"" + brackets + "\"\n",
            "a: x # " + brackets + "\n", "a: b-" + brackets + "\n", "a: 'x''" + brackets + "'\n",
            "a: 'x''''y''" + brackets + "'\n", "a: \"x\\\"" + brackets + "\"\n", "a: \"x\\\\\" # " + brackets + "\n",
        ]
        for text in notNesting {
            #expect(YAMLLoader.excessiveNesting(in: text) == nil, "\(text.prefix(20))")
        }
        // Where a node may begin, brackets still count: the 65th is reported.
        let nesting: [(String, Int)] = [
            ("opmerking: " + brackets, 76), ("- " + brackets, 67), ("--- " + brackets, 69), ("a: &x " + brackets, 71),
            ("a: !t " + brackets, 71), ("? " + brackets, 67), ("a: {b: " + brackets, 71), ("a: [x, " + brackets, 71),
            ("a: [it's " + brackets, 73), (brackets, 65),
        ]
        for (text, column) in nesting {
            let place = YAMLLoader.excessiveNesting(in: text + "\n")
            #expect(place.map { [$0.0, $0.1] } == [1, column], "\(text.prefix(12)): \(String(describing: place))")
        }
        // An apostrophe in a plain scalar no longer hides the brackets of the lines after it.
        let place = YAMLLoader.excessiveNesting(in: "bron: it's\nb: " + brackets + "\n")
        #expect(place.map { [$0.0, $0.1] } == [2, 68])
    }

    /// `''` inside single quotes is one quote, not the end and a new start: the brackets after it
    /// were counted as nesting (found by the front-matter harness after the fix above).
    @Test func anEscapedQuoteDoesNotEndTheQuotedText() throws {
        let letter =
            "---\nlkj5t:\n telt: 'g*****UeRa.***$*lijk: " + String(repeating: "{", count: 70)
            + "****'\n---"
        let text = try FrontMatter.split(letter).get().yaml
        let fast = try #require(FastYAMLReader.read(text))
        let slow = YAMLLoader.loadWithYams(text)
        #expect(slow.problems.isEmpty, "\(slow.problems.map(\.message.en))")
        #expect(slow.root == fast)
    }

    /// The lines of a block scalar (`>-`, `|`) are text, brackets and `key: ` included (found by
    /// the front-matter harness after the fixes above).
    @Test func theLinesOfABlockScalarAreText() throws {
        let braces = String(repeating: "{", count: 70)
        let crash = "4uit: >-\n =\n s {{{{{{bron: " + braces + "\n# "
        let fast = try #require(FastYAMLReader.read(crash))
        let slow = YAMLLoader.loadWithYams(crash)
        #expect(slow.problems.isEmpty, "\(slow.problems.map(\.message.en))")
        #expect(slow.root == fast)
        for text in [
            "a: |\n  x: " + braces + "\nb: 1\n", "- >\n  " + braces + "\n", "a:\n  b: |-\n    c: " + braces + "\n",
        ] {
            #expect(YAMLLoader.excessiveNesting(in: text) == nil, "\(text.prefix(16))")
        }
        // The first line indented no deeper than the header's ends the block scalar.
        let after = YAMLLoader.excessiveNesting(in: "a: |\n  x\n\nb: " + braces + "\n")
        #expect(after.map { [$0.0, $0.1] } == [4, 68])
        let inSequence = YAMLLoader.excessiveNesting(in: "- |\n  x\n- " + braces + "\n")
        #expect(inSequence.map { [$0.0, $0.1] } == [3, 67])
    }
}
