import Foundation
import TaakboekTestSupport
import Testing

@testable import TaakboekCore

/// libyaml's problems in Dutch with what to do: case by case for what clerks really type, every
/// problem libyaml can report, and every invalid case of the yaml-test-suite without a word of
/// libyaml's English in the Dutch message.
@Suite("YAML problems in Dutch")
struct YAMLProblemTextTests {
    static func problem(_ text: String) -> ParseProblem? {
        YAMLLoader.load(text).problems.first
    }

    @Test func aColonInTextIsQuotedWithTheCorrectedLine() throws {
        let problem = try #require(Self.problem("periode: 2024-II\nopmerking: Gehuisvest o.a. in De Hoeve: 3 personen\n"))
        #expect(problem.line == 2)
        #expect(problem.message.nl.contains("een dubbele punt met een spatie erna in een tekst beëindigt in YAML de sleutel"))
        #expect(problem.correctedLine == "opmerking: \"Gehuisvest o.a. in De Hoeve: 3 personen\"")
        #expect(problem.message.en.contains("put the text in quotes"))
        // A quote inside the text is escaped in the corrected line.
        let quoted = try #require(Self.problem("opmerking: Zie \"bijlage\": 2 stuks\n"))
        #expect(quoted.correctedLine == "opmerking: \"Zie \\\"bijlage\\\": 2 stuks\"")
        // And the corrected line reads.
        #expect(YAMLLoader.load(try #require(quoted.correctedLine) + "\n").problems.isEmpty)
    }

    @Test func aTabForIndentationSaysWhereAndToUseSpaces() throws {
        let problem = try #require(Self.problem("berekening:\n\tinwoners_gemeente: 34000\n"))
        #expect(problem.line == 2)
        #expect(problem.message.nl.contains("tabs"))
        #expect(problem.message.nl.contains("gebruik spaties"))
        #expect(problem.correctedLine == "  inwoners_gemeente: 34000")
    }

    @Test func aQuestionMarkForAnUnknownFigureSaysOnbekend() throws {
        let problem = try #require(Self.problem("periode: 2024-II\ngehuisvest: ?\n"))
        #expect(problem.message.nl.contains("schrijf dan `onbekend`"), "\(problem.message.nl)")
        #expect(problem.correctedLine == "gehuisvest: onbekend")
    }

    @Test func anUnclosedQuoteAndAMissingColon() throws {
        let quote = try #require(Self.problem("periode: 2024-II\nopmerking: \"niet gesloten\n"))
        #expect(quote.message.nl.contains("aanhalingsteken wordt niet gesloten") || quote.message.nl.contains("aanhalingsteken"), "\(quote.message.nl)")
        let colon = try #require(Self.problem("periode: 2024-II\nopmerking\nstatus: open\n"))
        #expect(!colon.message.nl.contains("could not"), "\(colon.message.nl)")
    }

    /// libyaml's own English: none of its problems and contexts may show through in Dutch.
    static let libyamlWords = [
        "found", "expected", "while scanning", "while parsing", "not allowed", "context", "character",
        "token", "mapping", "indicator", "stream", "octet", "directive", "scalar",
    ]

    @Test func everyLibyamlProblemHasItsOwnDutchText() {
        let general = YAMLProblemText.text(problem: "(unknown)", context: nil, line: 1, column: 1, source: nil).message
        for problem in YAMLProblemText.libyamlProblems {
            let text = YAMLProblemText.text(problem: problem, context: nil, line: 1, column: 1, source: "sleutel: waarde")
            #expect(text.message != general, "\(problem) has no text of its own")
            for word in Self.libyamlWords {
                #expect(!text.message.nl.lowercased().contains(word), "\(problem): '\(word)' in \(text.message.nl)")
            }
        }
    }

    @Test(.enabled(if: YAMLTestSuiteTests.folder != nil, "skipped: yaml-test-suite not found"))
    func noEnglishReachesADutchClerkForAnyInvalidSuiteCase() throws {
        let folder = try #require(YAMLTestSuiteTests.folder)
        var checked = 0
        for name in YAMLTestSuiteTests.cases() {
            let base = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: base.appendingPathComponent("error").path) else { continue }
            let bytes = Array(try Data(contentsOf: base.appendingPathComponent("in.yaml")))
            let decoded = RecordText.decode(bytes)
            var problems = decoded.problems
            if let text = decoded.text { problems += YAMLLoader.load(text).problems }
            for problem in problems {
                let dutch = problem.message.nl.lowercased()
                for word in Self.libyamlWords {
                    #expect(!dutch.contains(word), "\(name): '\(word)' in \(problem.message.nl)")
                }
            }
            checked += 1
        }
        #expect(checked >= 90, "only \(checked) invalid cases")
    }
}
