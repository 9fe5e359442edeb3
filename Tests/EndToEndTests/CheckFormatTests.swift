import Foundation
import Testing

/// `taakboek check --format …`: the built binary, its exit statuses and the audit data.
@Suite("check --format, end to end")
struct CheckFormatTests {
    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func audit(_ text: String) throws -> [String: Any] {
        try #require(try json(text)["audit"] as? [String: Any])
    }

    @Test func jsonReportOnCleanAndBrokenRecords() throws {
        let repository = try GitRepository()
        let clean = try Taakboek.run(["check", "--format", "json"], in: repository.url)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(clean.stderr.isEmpty)
        let report = try Self.json(clean.stdout)
        #expect(report["format"] as? String == "taakboek-check-report")
        #expect((report["summary"] as? [String: Any])?["exit_status"] as? Int == 0)
        #expect((report["findings"] as? [Any])?.count == 5)
        let audit = try Self.audit(clean.stdout)
        let records = try repository.git("rev-parse", "HEAD:records").output.trimmed
        #expect(audit["source"] as? String == "working-tree")
        #expect(audit["records_tree"] as? String == records)
        #expect(audit["head"] as? String == (try repository.git("rev-parse", "HEAD").output.trimmed))
        #expect(audit["working_tree_matches_head"] as? Bool == true)

        try repository.breakOpenPeriod()
        let broken = try Taakboek.run(["check", "--format", "json", "--hide-notes"], in: repository.url)
        #expect(broken.status == 1)
        let findings = try #require(try Self.json(broken.stdout)["findings"] as? [[String: Any]])
        #expect(findings.map { $0["rule_id"] as? String } == ["TB601", "TB202"])
        #expect((findings.first?["message"] as? [String: String])?["en"]?.isEmpty == false)
        let changed = try Self.audit(broken.stdout)
        #expect(changed["working_tree_matches_head"] as? Bool == false)
        #expect(changed["records_tree"] as? String != records)
    }

    @Test func stagedRevisionAndRangeNameWhatWasChecked() throws {
        let repository = try GitRepository()
        let first = try repository.git("rev-parse", "HEAD").output.trimmed
        try repository.breakOpenPeriod()
        try repository.git("add", GitRepository.period)
        let staged = try Taakboek.run(["check", "--staged", "--format", "json"], in: repository.url)
        #expect(staged.status == 1)
        let stagedAudit = try Self.audit(staged.stdout)
        #expect(stagedAudit["tree"] as? String == (try repository.git("write-tree").output.trimmed))
        #expect((stagedAudit["base"] as? [String: Any])?["commit"] as? String == first)
        try repository.git("commit", "-qm", "fout in 2025-I")
        let head = try repository.git("rev-parse", "HEAD").output.trimmed
        let revision = try Self.audit(
            try Taakboek.run(["check", "--rev", "HEAD", "--format", "json"], in: repository.url).stdout)
        #expect(revision["commit"] as? String == head)
        #expect(revision["tree"] as? String == (try repository.git("rev-parse", "HEAD^{tree}").output.trimmed))
        let range = try Taakboek.run(["check", "--range", "HEAD~1..HEAD", "--format", "json"], in: repository.url)
        #expect(range.status == 1)
        let rangeAudit = try Self.audit(range.stdout)
        #expect((rangeAudit["range"] as? [String: Any])?["commits"] as? Int == 1)
        #expect((rangeAudit["range"] as? [String: Any])?["from"] as? String == first)
    }

    @Test func sarifReportsEveryRuleAndTheResults() throws {
        let repository = try GitRepository()
        let clean = try Taakboek.run(
            ["check", "--rev", "HEAD", "--format", "sarif", "--hide-notes"], in: repository.url)
        #expect(clean.status == 0, "\(clean.stderr)")
        let log = try Self.json(clean.stdout)
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [Any])?.isEmpty == true)
        let driver = (run["tool"] as? [String: Any])?["driver"] as? [String: Any]
        let ruleIDs = (driver?["rules"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        let listed = try Taakboek.run(["rules"]).stdout
        #expect(!ruleIDs.isEmpty && ruleIDs.allSatisfy { listed.contains($0) })

        try repository.breakOpenPeriod()
        let broken = try Taakboek.run(["--lang", "en", "check", "--format", "sarif"], in: repository.url)
        #expect(broken.status == 1)
        let results = try #require(
            (try Self.json(broken.stdout)["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let error = try #require(results.first { $0["ruleId"] as? String == "TB202" })
        #expect(error["level"] as? String == "error")
        #expect(((error["message"] as? [String: Any])?["text"] as? String)?.contains("totaal") == true)
    }

    @Test func githubAnnotationsEscapeNamesAndFailOnErrors() throws {
        let repository = try GitRepository()
        let clean = try Taakboek.run(["check", "--format", "github", "--hide-notes"], in: repository.url)
        #expect(clean.status == 0)
        #expect(clean.stdout == "taakboek check: 0 fouten, 0 waarschuwingen, 5 opmerkingen in 15 records\n")
        try repository.write("records/tynaarlo/perioden/a, b: 100%.yaml", "periode: 2025-II\n")
        try repository.breakOpenPeriod()
        let run = try Taakboek.run(["check", "--format", "github", "--base", "HEAD"], in: repository.url)
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("::error file=records/tynaarlo/perioden/a%2C b%3A 100%25.yaml,") })
        #expect(lines.contains { $0.hasPrefix("::error file=records/tynaarlo/perioden/2025-I.yaml,line=6,col=9,") })
        // The files the change touches come first: the notes on untouched files follow.
        let firstNotice = try #require(lines.firstIndex { $0.hasPrefix("::notice ") })
        #expect(lines[..<firstNotice].allSatisfy { !$0.hasPrefix("::") || $0.hasPrefix("::error ") })
        // Every finding is also in the log, as the text report gives it.
        #expect(lines.contains { $0.hasPrefix("::group::taakboek: alle bevindingen (") })
        #expect(lines.contains { $0.hasPrefix("records/tynaarlo/perioden/2025-I.yaml:6:9: fout [TB202]") })
    }

    @Test func junitAndGitlabExitLikeText() throws {
        let folder = try RecordFolder.shipped()
        for format in ["junit", "gitlab"] {
            let clean = try Taakboek.run(["-C", folder.url.path, "check", "--format", format])
            #expect(clean.status == 0, "\(format): \(clean.stderr)")
        }
        try folder.replace("records/tynaarlo/perioden/2025-I.yaml", "totaal: 64", with: "totaal: 65")
        let junit = try Taakboek.run(["-C", folder.url.path, "check", "--format", "junit"])
        #expect(junit.status == 1)
        #expect(junit.stdout.contains("<failure message=\"totaal klopt niet"))
        let gitlab = try Taakboek.run(["-C", folder.url.path, "check", "--format", "gitlab"])
        #expect(gitlab.status == 1)
        #expect(gitlab.stdout.contains("\"check_name\": \"taakboek/audit\""))
    }

    @Test func unknownFormatIsAUsageErrorInTheUsersLanguage() throws {
        let dutch = try Taakboek.run(["-C", RecordFolder.repositoryRoot.path, "check", "--format", "xml"])
        #expect(dutch.status == 2)
        #expect(dutch.stdout.isEmpty)
        #expect(dutch.stderr.contains("onbekend formaat 'xml'; kies text, json, sarif, github, junit of gitlab."))
        for arguments in [["--lang", "en", "check", "--format", "xml"], ["check", "--format", "xml", "--lang", "en"]] {
            let english = try Taakboek.run(["-C", RecordFolder.repositoryRoot.path] + arguments)
            #expect(english.status == 2)
            #expect(english.stderr.contains("unknown format 'xml'; choose text, json, sarif, github, junit or gitlab."))
        }
    }

    @Test func textIsStillTheDefault() throws {
        let root = RecordFolder.repositoryRoot.path
        let plain = try Taakboek.run(["-C", root, "check"])
        let text = try Taakboek.run(["-C", root, "check", "--format", "text"])
        #expect(plain.status == 0 && text.status == 0)
        #expect(plain.stdout == text.stdout)
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
