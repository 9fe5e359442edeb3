import TaakboekCore
import TaakboekReporting
import Testing

/// Every format on the fixture records, compared byte for byte with Fixtures/golden.
@Suite("Reporters: golden files")
struct ReporterGoldenTests {
    static func fileName(_ scenario: String, _ format: ReportFormat, _ language: Language?) -> String {
        let suffix =
            switch format {
            case .text, .github: "txt"
            case .json, .gitlab: "json"
            case .sarif: "sarif"
            case .junit: "xml"
            }
        return [scenario, format.rawValue, language?.rawValue, suffix].compactMap { $0 }.joined(separator: ".")
    }

    @Test(arguments: ReportFormat.allCases)
    func workingTree(format: ReportFormat) throws {
        for language in Language.allCases {
            let output = format.render(try ReportFixture.workingTree(language: language))
            if format == .json {
                // The JSON report carries both languages and does not depend on --lang.
                try GoldenFile.expect(output, matches: Self.fileName("werkmap", format, nil))
            } else {
                try GoldenFile.expect(output, matches: Self.fileName("werkmap", format, language))
            }
        }
    }

    @Test(arguments: [ReportFormat.json, .github, .junit])
    func stagedWithABase(format: ReportFormat) throws {
        let output = format.render(try ReportFixture.staged(language: .nl))
        try GoldenFile.expect(output, matches: Self.fileName("index", format, format == .json ? nil : .nl))
    }

    @Test func sameInputSameBytes() throws {
        for format in ReportFormat.allCases {
            let first = format.render(try ReportFixture.workingTree(language: .nl))
            let second = format.render(try ReportFixture.workingTree(language: .nl))
            #expect(first == second, "\(format) is not deterministic")
        }
    }

    @Test func jsonIsTheSameInBothLanguages() throws {
        #expect(
            JSONReporter.render(try ReportFixture.workingTree(language: .nl))
                == JSONReporter.render(try ReportFixture.workingTree(language: .en)))
    }

    @Test func textIsTodaysReport() throws {
        let report = try ReportFixture.workingTree(language: .nl)
        #expect(ReportFormat.text.render(report) == TextReporter(language: .nl).render(report))
    }

    /// A reporter is a function of the findings alone: a report made from findings that carry
    /// their excerpts, with no record tree anywhere, prints the same bytes in every format.
    @Test func reportersNeedNoTree() throws {
        for language in [Language.nl, .en] {
            let fromTrees = try ReportFixture.workingTree(language: language)
            #expect(fromTrees.findings.contains { $0.excerpt != nil })
            let alone = CheckReport(
                findings: fromTrees.findings, recordCount: fromTrees.recordCount, origin: fromTrees.origin,
                audit: fromTrees.audit, changedPaths: fromTrees.changedPaths,
                changeRulesRan: fromTrees.changeRulesRan, language: language, tool: fromTrees.tool)
            for format in ReportFormat.allCases {
                #expect(format.render(alone) == format.render(fromTrees), "\(format) \(language)")
            }
        }
    }

    /// Only the formats that print source lines quote them (a JSON or SARIF report of a
    /// repository read from git re-reads no blob to quote).
    @Test func onlyQuotingFormatsQuote() throws {
        #expect(ReportFormat.allCases.filter(\.quotesSource) == [.text, .github, .junit])
    }
}
