import Testing

@testable import TaakboekCore

/// Each construct the yaml-test-suite showed libyaml reading otherwise than the YAML 1.2 spec:
/// read as the spec reads it, or refused with a finding that names it and says what to write.
@Suite("YAML read as the spec reads it, or refused")
struct YAMLSpecReadingTests {
    func first(_ text: String) -> ParseProblem? {
        YAMLLoader.load(text).problems.first
    }

    @Test func aNonSpecificTagIsRefusedNotReadAsANumber() throws {
        let problem = try #require(first("personen: ! 23\n"))
        #expect(problem.category == .forbiddenFeature)
        #expect((problem.line, problem.column) == (1, 11))
        #expect(problem.message.nl.contains("geldige YAML die records niet toestaan"))
        #expect(problem.message.nl.contains("de tag !"))
        #expect(YAMLLoader.load("personen: ! 23\n").root == nil)
    }

    @Test func aTagIsShownAsItWasWritten() throws {
        let problem = try #require(first("soort: !!str har\n"))
        #expect(problem.message.nl.contains("!!str"))
        #expect(!problem.message.nl.contains("tag:yaml.org"))
    }

    @Test func aCommentRightAfterAClosingQuoteIsInvalid() throws {
        let problem = try #require(first("soort: \"har\"# geen spatie\n"))
        #expect(problem.category == .syntax)
        #expect((problem.line, problem.column) == (1, 13))
        #expect(problem.message.nl.contains("zet er een spatie voor"))
        #expect(first("soort: \"har\" # wel een spatie\n") == nil)
        #expect(first("opmerking: zie punt#3\n") == nil)
    }

    @Test func quotedTextContinuedOnAnUnindentedLineIsInvalid() throws {
        let problem = try #require(first("bron: \"Raadsinformatiebrief\nover 2024-II\"\n"))
        #expect(problem.category == .syntax)
        #expect(problem.line == 2)
        #expect(problem.message.nl.contains("springt niet in"))

        let indented = YAMLLoader.load("bron: \"Raadsinformatiebrief\n  over 2024-II\"\n")
        #expect(indented.problems.isEmpty)
        #expect(indented.root?["bron"]?.scalar?.text == "Raadsinformatiebrief over 2024-II")
    }

    @Test func aQuestionMarkStartingAFlowNodeIsRefused() throws {
        for text in ["a: { ?foo: bar }\n", "a: [?x]\n"] {
            let problem = try #require(first(text), "\(text)")
            #expect(problem.category == .forbiddenFeature)
            #expect(problem.message.nl.contains("tussen aanhalingstekens"))
        }
        let quoted = YAMLLoader.load("a: [\"?x\"]\n")
        #expect(quoted.problems.isEmpty)
        #expect(quoted.root?["a"]?.items?.first?.scalar?.text == "?x")
    }

    @Test func aBlockScalarEndingInALineOfSpacesIsRefused() throws {
        let problem = try #require(first("opmerking: |\n  tekst\n  "))
        #expect(problem.category == .forbiddenFeature)
        #expect(problem.line == 3)
        let withLineBreak = YAMLLoader.load("opmerking: |\n  tekst\n")
        #expect(withLineBreak.root?["opmerking"]?.scalar?.text == "tekst\n")
    }

    @Test func aliasesAsKeysAreRefusedAsAnchorsWithoutInternalText() throws {
        let problem = try #require(first("&a bron: x\n*a : y\n"))
        #expect(problem.category == .forbiddenFeature)
        #expect(problem.message.nl.contains("ankers en aliassen"))
        #expect(!problem.message.nl.contains("<"))
        #expect(!problem.message.en.contains("uncovertable"))
    }

    @Test func validYAMLOutsideTheSubsetIsNamedNotCalledInvalid() throws {
        let cases: [(String, String)] = [
            ("periode: 2024-II\n---\nperiode: 2024-I\n", "één YAML-document"),
            ("%YAML 1.2\n---\nperiode: 2024-II\n", "directieven"),
            ("periode:\t2024-II\n", "tabs"),
            ("? periode\n: 2024-II\n", "begint in YAML een sleutel (? sleutel)"),
            (": 2024-II\n", "lege sleutel"),
            ("a: [x,\n  y]\n", "op één regel"),
        ]
        for (text, words) in cases {
            let problem = try #require(first(text), "\(text)")
            #expect(problem.category == .forbiddenFeature, "\(text)")
            #expect(problem.message.nl.contains(words), "\(text): \(problem.message.nl)")
        }
    }

    @Test func anUnclosedFlowCollectionIsInvalidNotAPolicyRefusal() throws {
        let problem = try #require(first("status: [open\n"))
        #expect(problem.category == .syntax)
        #expect(problem.message.nl.hasPrefix("ongeldige YAML"))
    }
}
