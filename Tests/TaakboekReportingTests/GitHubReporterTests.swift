import TaakboekCore
import TaakboekReporting
import Testing

@Suite("GitHub annotations: limits, order and escaping")
struct GitHubReporterTests {
    /// 12 errors in an untouched file, then 2 errors and 11 notes in the file a change touched.
    static func manyErrors() throws -> CheckReport {
        var findings: [Finding] = []
        for line in 1...12 {
            findings.append(
                Finding(
                    ruleID: "TB103", severity: .error,
                    location: SourceLocation(path: "records/voorbeeld/perioden/2024-I.yaml", line: line, column: 1),
                    message: LocalizedText(nl: "fout \(line)", en: "error \(line)")))
        }
        for line in 1...2 {
            findings.append(
                Finding(
                    ruleID: "TB201", severity: .error,
                    location: SourceLocation(path: "records/voorbeeld/perioden/2024-II.yaml", line: line, column: 1),
                    message: LocalizedText(nl: "gewijzigd \(line)", en: "changed \(line)")))
        }
        for line in 1...11 {
            findings.append(
                Finding(
                    ruleID: "TB201", severity: .note,
                    location: SourceLocation(
                        path: "records/voorbeeld/perioden/2024-II.yaml", line: line + 2, column: 3),
                    message: LocalizedText(nl: "opmerking \(line)", en: "note \(line)")))
        }
        return ReportFixture.report(
            findings.sorted(by: Finding.reportOrder), source: .index, base: true,
            changedPaths: ["records/voorbeeld/perioden/2024-II.yaml"])
    }

    @Test func atMostTenOfAKindChangedFilesFirstThenOneLineAndTheFullLog() throws {
        let output = GitHubReporter.render(try Self.manyErrors())
        try GoldenFile.expect(output, matches: "overflow.github.nl.txt")
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        let errors = lines.filter { $0.hasPrefix("::error ") }
        let notices = lines.filter { $0.hasPrefix("::notice ") }
        #expect(errors.count == 10 && notices.count == 10)
        // The two errors in the touched file come before the twelve in the other one.
        #expect(errors.prefix(2).allSatisfy { $0.contains("2024-II.yaml") })
        #expect(
            lines.contains(
                "taakboek: nog 4 fouten zonder annotatie (GitHub toont er 10 per soort per stap); alle bevindingen staan in het log hieronder"
            ))
        #expect(lines.contains { $0.hasPrefix("taakboek: nog 1 opmerking zonder annotatie") })
        // Nothing is lost: every finding is in the log.
        for number in 1...12 { #expect(output.contains(": fout [TB103] fout \(number)\n")) }
        #expect(lines.last == "" && lines.dropLast().last?.hasPrefix("taakboek check: 14 fouten") == true)
    }

    @Test func withoutABaseTheOrderIsReportOrder() throws {
        let report = try Self.manyErrors()
        let plain = CheckReport(
            findings: report.findings, recordCount: report.recordCount, origin: report.origin, audit: report.audit,
            changeRulesRan: false, tool: ReportFixture.tool)
        let errors = GitHubReporter.render(plain).split(separator: "\n").filter { $0.hasPrefix("::error ") }
        #expect(errors.allSatisfy { $0.contains("2024-I.yaml") })
    }

    @Test func escapingFollowsGitHub() throws {
        let finding = Finding(
            ruleID: "TB103", severity: .warning,
            location: SourceLocation(path: "records/a, b: 100%.yaml", line: 2, column: 3, length: 2),
            message: LocalizedText(nl: "regel één\r\ntwee: 5%, klaar", en: "x"))
        let report = ReportFixture.report([finding])
        let first = GitHubReporter.render(report).split(separator: "\n").first.map(String.init)
        #expect(
            first
                == "::warning file=records/a%2C b%3A 100%25.yaml,line=2,col=3,endColumn=5,title=TB103 getallen als gewone gehele getallen::regel één%0D%0Atwee: 5%25, klaar"
        )
    }

    /// Text quoted from a record cannot start a workflow command in the log part: commands are
    /// stopped there with a token that depends on the log itself.
    @Test func theLogCannotIssueCommands() throws {
        let finding = Finding(
            ruleID: "TB103", severity: .error, location: SourceLocation(path: "records/x.yaml", line: 1, column: 1),
            message: LocalizedText(nl: "a\n::error::vals", en: "a"))
        let report = ReportFixture.report([finding])
        let lines = GitHubReporter.render(report).split(separator: "\n").map(String.init)
        guard let stop = lines.firstIndex(where: { $0.hasPrefix("::stop-commands::") }) else {
            Issue.record("no ::stop-commands::")
            return
        }
        let token = String(lines[stop].dropFirst("::stop-commands::".count))
        let injected = try #require(lines.firstIndex(of: "::error::vals"))
        let resumed = try #require(lines.firstIndex(of: "::\(token)::"))
        #expect(stop < injected && injected < resumed)
    }
}
