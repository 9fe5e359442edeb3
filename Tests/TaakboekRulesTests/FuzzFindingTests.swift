import TaakboekCore
import Testing

@testable import TaakboekRules

/// Inputs on which the record harness (`Fuzz/Sources/FuzzRecord`, run by `scripts/fuzz record`)
/// found a crash or a broken invariant, each kept with what must hold now. The input is the file
/// the harness put into its small municipality, written out here; the README's testing section
/// lists the findings.
@Suite("Fuzz findings: record files through the checker")
struct FuzzFindingTests {
    /// The example municipality with `files` added, checked.
    func check(_ files: [(String, String)]) throws -> (RecordTree, [Finding]) {
        let example = RuleExample([ExampleRecords.municipality] + files)
        let tree = try RecordLoader.load(from: example.source)
        return (tree, Checker().check(tree))
    }

    /// What the harness asserts of every finding: it points at a file of the tree and at a line
    /// that file has (the report quotes that line under it).
    func expectInsideTheirFiles(
        _ findings: [Finding], _ tree: RecordTree, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        for finding in findings where finding.location.line > 0 {
            let text = tree.file(finding.location.path)?.text
            let lines = (text?.utf8.count { $0 == UInt8(ascii: "\n") } ?? 0) + 1
            #expect(
                text != nil && finding.location.line <= lines,
                "\(finding.location) (\(finding.ruleID)) is past the last line (\(lines))",
                sourceLocation: sourceLocation)
        }
    }

    /// libyaml reports a problem found at the end of a file without a final newline on the line
    /// after the last one: the report quoted no line and an editor could not go there.
    @Test func syntaxErrorAtTheEndOfAFileWithoutAFinalNewlinePointsAtItsLastLine() throws {
        let path = ExampleRecords.placementPath("2024-II", "vredestein")
        let (tree, findings) = try check([
            (path, "# yaml-/plaatsing.schema.json\ndatum: 2023\nsoort: vegulier\npersonen: 2\n{")
        ])
        expectInsideTheirFiles(findings, tree)
        let syntax = try #require(findings.first { $0.ruleID == "TB101" })
        #expect("\(syntax.location)" == path + ":5:2")
        // With the final newline, the line after the last is the empty line an editor shows. (A
        // `{` never closed is invalid YAML, not a multi-line flow mapping records refuse.)
        let (_, withNewline) = try check([(path, "datum: 2023\n{\n")])
        #expect(withNewline.first { $0.ruleID == "TB101" }.map { "\($0.location)" } == path + ":3:1")
    }

    /// An explicit key without a value before the closing fence: the schema's finding about the
    /// empty value pointed at the `---` line (found by the front-matter harness). Records no
    /// longer use explicit keys at all: the finding is TB102, at the `?`.
    @Test func anExplicitKeyIsReportedAtTheKey() throws {
        let letter = ExampleRecords.letter(
            "2025-raadsinformatiebrief-2024-II",
            frontMatter:
                "datum: 2025\nsoort: raadsinformatiebrief\nperiode: 2024-II\ncijfers:\n  totaal: 71\n? onderwerp\n\n\n")
        let (tree, findings) = try check([letter])
        expectInsideTheirFiles(findings, tree)
        let explicit = try #require(findings.first { $0.ruleID == "TB102" && $0.message.en.contains("starts a key in YAML (? key)") })
        #expect(explicit.location.line == 8 && explicit.location.column == 1, "\(explicit.location)")
    }
}
