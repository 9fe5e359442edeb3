import Testing

@testable import TaakboekCore

@Suite("Reading record text and YAML")
struct YAMLLoaderTests {
    func problems(_ bytes: [UInt8]) -> [ParseProblem] {
        let decoded = RecordText.decode(bytes)
        guard let text = decoded.text else { return decoded.problems }
        return decoded.problems + YAMLLoader.load(text).problems
    }

    @Test func aliasBombIsRefusedAtTheFirstAnchorWithoutExpanding() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<30 {
            text +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            let loaded = YAMLLoader.load(text)
            #expect(loaded.root == nil)
            #expect(loaded.problems.contains { $0.category == .forbiddenFeature && $0.line == 1 })
        }
        #expect(elapsed < .seconds(2))
    }

    @Test func deepFlowNestingIsRefusedBeforeParsing() {
        let text = "a: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        let loaded = YAMLLoader.load(text)
        #expect(loaded.root == nil)
        #expect(loaded.problems.first?.category == .forbiddenFeature)
    }

    @Test func deepBlockNestingIsRefused() {
        var text = ""
        for depth in 0..<100 { text += String(repeating: " ", count: depth) + "k\(depth):\n" }
        text += String(repeating: " ", count: 100) + "leaf: 1\n"
        #expect(YAMLLoader.load(text).problems.contains { $0.category == .forbiddenFeature })
    }

    @Test func duplicateKeysAreASyntaxProblemWithTheirLine() {
        let loaded = YAMLLoader.load("a: 1\nb: 2\na: 3\n")
        #expect(loaded.root == nil)
        #expect(loaded.problems.first?.category == .syntax)
        #expect(loaded.problems.first?.message.nl.contains("dubbele sleutel a") == true)
    }

    @Test func customTagsAreRefused() {
        #expect(YAMLLoader.load("a: !python/object x\n").problems.first?.category == .forbiddenFeature)
        #expect(YAMLLoader.load("a: !!int \"5\"\n").problems.first?.category == .forbiddenFeature)
        #expect(YAMLLoader.load("a: >-\n  folded\nb: 'quoted'\n").problems.isEmpty)
    }

    @Test func badBytesAreReportedWithTheirPlace() {
        #expect(problems([]).first?.message.en.contains("empty") == true)
        #expect(problems(Array("a: 1\nb: \u{0}\n".utf8)).first?.line == 2)
        let invalid = problems(Array("a: 1\nbb: ".utf8) + [0xFF] + Array("\n".utf8))
        #expect(invalid.first.map { ($0.line, $0.column) } ?? (0, 0) == (2, 5))
        #expect(problems([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8)).first?.isFatal == false)
        #expect(problems([0xFF, 0xFE, 0x61, 0x00]).first?.isFatal == true)
        // CRLF is a line break as YAML reads it (Git for Windows checks records out so).
        #expect(problems(Array("a: 1\r\nb: 2\r\n".utf8)).isEmpty)
        let mixed = problems(Array("a: 1\r\nb: 2\nc: 3\r\n".utf8))
        #expect(mixed.count == 1 && mixed.first?.isWarning == true && mixed.first?.isFatal == false)
        #expect(mixed.first.map { ($0.line, $0.column) } ?? (0, 0) == (2, 5))
        let loneCR = problems(Array("a: 1\rb: 2\n".utf8))
        #expect(loneCR.count == 1 && loneCR.first?.isWarning == true)
        #expect(problems(Array("a: 1\u{85}b: 2\n".utf8)).first?.isFatal == true)
        #expect(
            problems(Array(repeating: 0x20, count: RecordText.maximumSize + 1)).first?.message.en.contains("1 MiB")
                == true)
        #expect(problems(Array("# alleen commentaar\n".utf8)).first?.category == .file)
    }

    @Test func overlongUTF8AndSurrogatesAreInvalid() {
        #expect(RecordText.firstInvalidUTF8(in: [0xC0, 0xAF][...]) == 0)
        #expect(RecordText.firstInvalidUTF8(in: [0xED, 0xA0, 0x80][...]) == 0)
        #expect(RecordText.firstInvalidUTF8(in: Array("één €".utf8)[...]) == nil)
    }

    @Test func numbersAreReadStrictly() {
        func interpret(_ text: String) -> ScalarValue.Interpretation {
            ScalarValue.interpret(YAMLScalar(text: text, isPlain: true))
        }
        #expect(interpret("41").value == .integer(41) && interpret("41").notationProblem == nil)
        #expect(interpret("-3").value == .integer(-3) && interpret("-3").notationProblem == nil)
        for odd in ["012", "0x1F", "0o17", "1e3", "3.0", ".inf", "-.inf", ".nan", "+4", "99999999999999999999"] {
            #expect(interpret(odd).notationProblem != nil, "\(odd)")
        }
        #expect(interpret("1.5").value == .number(1.5) && interpret("1.5").notationProblem == nil)
        #expect(interpret("~").value == .null && interpret("onbekend").value == .string("onbekend"))
        #expect(ScalarValue.interpret(YAMLScalar(text: "012", isPlain: false)).value == .string("012"))
    }

    @Test func frontMatterKeepsLineNumbers() throws {
        let split = try FrontMatter.split("---\na: 1\nb: 2\n---\nTekst\n").get()
        let root = YAMLLoader.load(split.yaml).root
        #expect(root?["b"]?.line == 3)
        #expect(split.body == "Tekst\n")
        #expect(FrontMatter.split("a: 1\n") == .failure(.noOpening))
        #expect(FrontMatter.split("---\na: 1\n") == .failure(.noClosing))
    }
}

extension Result where Success == FrontMatter.Split, Failure == FrontMatter.Failure {
    static func == (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.failure(let a), .failure(let b)): a == b
        default: false
        }
    }
}
