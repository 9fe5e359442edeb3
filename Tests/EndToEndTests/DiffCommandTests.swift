import Foundation
import Testing

@Suite("taakboek diff, end to end")
struct DiffCommandTests {
    static let placement = "records/tynaarlo/plaatsingen/2024-II/de-brink.yaml"

    /// The shipped records committed, then in the working tree: two more housed in 2024-II (so a
    /// lower end backlog that 2025-I does not follow), a new placement, and 2025-I's keys in
    /// another order (no change).
    func changed() throws -> GitRepository {
        let repository = try GitRepository()
        try repository.replace(GitRepository.closedPeriod, "gehuisvest: 41", with: "gehuisvest: 43")
        try repository.replace(GitRepository.closedPeriod, "achterstand_eind: 30", with: "achterstand_eind: 28")
        try repository.write(
            Self.placement,
            "# yaml-language-server: $schema=../../../../schemas/plaatsing.schema.json\ndatum: 2024-11\nsoort: regulier\npersonen: 2\n"
        )
        let open = try repository.folder.read(GitRepository.period)
        var lines = open.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.swapAt(2, 3)
        try repository.write(GitRepository.period, lines.joined(separator: "\n"))
        #expect(try repository.folder.read(GitRepository.period) != open)
        return repository
    }

    @Test func textInDutch() throws {
        let repository = try changed()
        let run = try Taakboek.run(["-C", repository.url.path, "diff", "HEAD"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Verschillen in de records tussen HEAD (") == true)
        #expect(lines.first?.hasSuffix(") en de werkmap:") == true)
        #expect(
            Array(lines.dropFirst())
                == [
                    "records/tynaarlo/perioden/2024-II.yaml: periode 2024-II gewijzigd",
                    "  gehuisvest: 41 → 43",
                    "  achterstand_eind: 30 → 28",
                    "  gevolg: achterstand_begin van 2025-I is niet mee veranderd en sluit niet aan: achterstand_eind van 2024-II is nu 28, achterstand_begin van 2025-I is 30",
                    "records/tynaarlo/plaatsingen/2024-II/de-brink.yaml: plaatsing 2024-II toegevoegd",
                    "  datum 2024-11, soort regulier, personen 2",
                ])
    }

    @Test func textInEnglish() throws {
        let repository = try changed()
        let run = try Taakboek.run(["-C", repository.url.path, "--lang", "en", "diff", "HEAD"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Differences in the records between HEAD ("))
        #expect(run.stdout.contains("records/tynaarlo/perioden/2024-II.yaml: period 2024-II changed\n"))
        #expect(run.stdout.contains("  consequence: achterstand_begin of 2025-I did not move along and does not match"))
        #expect(run.stdout.contains("placement 2024-II added\n"))
    }

    @Test func jsonIsAnArrayOfChangeObjects() throws {
        let repository = try changed()
        let run = try Taakboek.run(["-C", repository.url.path, "diff", "HEAD", "--format", "json"])
        #expect(run.status == 0)
        let changes = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(changes.map { $0["soort"] as? String } == ["gewijzigd", "gewijzigd", "gevolg", "toegevoegd"])
        #expect(changes[0]["veld"] as? String == "gehuisvest")
        #expect(changes[0]["oud"] as? Int == 41 && changes[0]["nieuw"] as? Int == 43)
        #expect(changes[0]["periode"] as? String == "2024-II" && changes[0]["gemeente"] as? String == "tynaarlo")
        #expect(
            changes[2]["pad"] as? String == GitRepository.period && changes[2]["veld"] as? String == "achterstand_begin"
        )
        #expect(changes[3]["pad"] as? String == Self.placement && changes[3]["veld"] is NSNull)
        #expect(changes[3]["record"] as? String == "plaatsing")
    }

    @Test func csv() throws {
        let repository = try changed()
        let csv = try Taakboek.run(["-C", repository.url.path, "diff", "HEAD", "--format", "csv"])
        #expect(csv.status == 0)
        let rows = csv.stdout.components(separatedBy: "\r\n")
        #expect(rows.first == "soort,record,gemeente,pad,periode,veld,oud,nieuw,toelichting")
        #expect(
            rows[1] == "gewijzigd,periode,tynaarlo,records/tynaarlo/perioden/2024-II.yaml,2024-II,gehuisvest,41,43,")
        #expect(rows.count == 6 && rows[5].isEmpty)
    }

    /// Markdown is the pull-request summary: the check of the new state first (compared with the
    /// old one, so the change rules speak too), then the periods and the records.
    @Test func markdownIsAPullRequestSummaryWithTheCheck() throws {
        let repository = try changed()
        let markdown = try Taakboek.run(["-C", repository.url.path, "diff", "HEAD", "--format", "markdown"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        let lines = markdown.stdout.components(separatedBy: "\n")
        #expect(lines[0].hasPrefix("## Records: van HEAD (") && lines[0].hasSuffix(") naar de werkmap"))
        #expect(
            lines[2]
                == "**Controle van de werkmap: 5 fouten, 0 waarschuwingen.** (5 opmerkingen: wat niet kon worden gecontroleerd)"
        )
        #expect(
            markdown.stdout.contains(
                "- `records/tynaarlo/perioden/2024-II.yaml:7` fout [TB801] gehuisvest van 2024-II wijzigt van 41 naar 43"
            ))
        #expect(
            markdown.stdout.contains(
                "### Gewijzigde perioden\n\n| Gemeente | Periode | Veld | Oud | Nieuw |\n| --- | --- | --- | ---: | ---: |\n| tynaarlo | 2024-II | gehuisvest | 41 | 43 |\n| tynaarlo | 2024-II | achterstand_eind | 30 | 28 |\n"
            ))
        #expect(
            markdown.stdout.contains(
                "### Plaatsingen\n\n- Toegevoegd: `records/tynaarlo/plaatsingen/2024-II/de-brink.yaml` (2024-II): datum 2024-11, soort regulier, personen 2\n"
            ))
        // Two commits, the later one clean: "geen bevindingen".
        try repository.replace(GitRepository.closedPeriod, "gehuisvest: 43", with: "gehuisvest: 41")
        try repository.replace(GitRepository.closedPeriod, "achterstand_eind: 28", with: "achterstand_eind: 30")
        try repository.git("add", "-A")
        try repository.git("commit", "-qm", "plaatsing De Brink")
        let clean = try Taakboek.run(["-C", repository.url.path, "diff", "HEAD~1", "HEAD", "--format", "markdown"])
        #expect(clean.stdout.contains("**Controle van HEAD ("))
        #expect(clean.stdout.contains("): geen bevindingen.** (5 opmerkingen: wat niet kon worden gecontroleerd)\n"))
    }

    /// The pull-request summary of the working tree reads each state once: the phase clock marks
    /// every load, and there are two (the working tree, checked with its ids and keeping what
    /// changed; the old commit's differing records with their periods). It used to be four.
    @Test func markdownLoadsEachStateOnce() throws {
        let repository = try changed()
        let run = try Taakboek.run(
            ["-C", repository.url.path, "diff", "HEAD", "--format", "markdown"], environment: ["TAAKBOEK_PHASES": "1"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.components(separatedBy: "\n").filter { $0.hasPrefix("taakboek phase: listing ") }.count == 2)
        let plain = try Taakboek.run(["-C", repository.url.path, "diff", "HEAD", "--format", "markdown"])
        #expect(run.stdout == plain.stdout)

        // The index against HEAD, and two commits: two loads each too, with the same summary.
        try repository.git("add", "-A")
        let staged = try Taakboek.run(
            ["-C", repository.url.path, "diff", "--staged", "--format", "markdown"], environment: ["TAAKBOEK_PHASES": "1"])
        #expect(staged.status == 0, "\(staged.stderr)")
        #expect(staged.stderr.components(separatedBy: "\n").filter { $0.hasPrefix("taakboek phase: listing ") }.count == 2)
        #expect(staged.stdout.contains("**Controle van de index: 5 fouten, 0 waarschuwingen.**"), "\(staged.stdout)")
        let stagedBody = Array(staged.stdout.components(separatedBy: "\n").dropFirst())
        let plainBody = plain.stdout.components(separatedBy: "\n").dropFirst().map {
            $0.replacingOccurrences(of: "de werkmap", with: "de index")
        }
        #expect(stagedBody == plainBody)
        try repository.git("commit", "-qm", "twee meer gehuisvest")
        let commits = try Taakboek.run(
            ["-C", repository.url.path, "diff", "HEAD~1", "HEAD", "--format", "markdown"],
            environment: ["TAAKBOEK_PHASES": "1"])
        #expect(commits.status == 0, "\(commits.stderr)")
        #expect(commits.stderr.components(separatedBy: "\n").filter { $0.hasPrefix("taakboek phase: listing ") }.count == 2)
        #expect(commits.stdout.contains("[TB801] gehuisvest van 2024-II wijzigt van 41 naar 43"))
    }

    /// --step-summary appends the Markdown summary to GITHUB_STEP_SUMMARY and prints the chosen format.
    @Test func stepSummaryAppendsToGitHubsFile() throws {
        let repository = try changed()
        let summary = repository.url.appendingPathComponent("summary.md")
        try Data("# Eerdere stap\n".utf8).write(to: summary)
        let run = try Taakboek.run(
            ["-C", repository.url.path, "diff", "HEAD", "--step-summary"],
            environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Verschillen in de records tussen HEAD ("))
        let written = try String(contentsOf: summary, encoding: .utf8)
        #expect(written.hasPrefix("# Eerdere stap\n## Records: van HEAD ("))
        #expect(written.contains("**Controle van de werkmap: 5 fouten, 0 waarschuwingen.**"))
        let unset = try Taakboek.run(
            ["-C", repository.url.path, "diff", "HEAD", "--step-summary"], environment: ["GITHUB_STEP_SUMMARY": ""])
        #expect(unset.status == 2)
        #expect(unset.stderr.contains("GITHUB_STEP_SUMMARY, maar die is niet gezet"))
    }

    @Test func stagedTwoRevisionsAndNoDifference() throws {
        let repository = try changed()
        let none = try Taakboek.run(["-C", repository.url.path, "diff", "--staged"])
        #expect(none.status == 0)
        #expect(none.stdout.hasPrefix("Geen inhoudelijke verschillen in de records tussen HEAD ("))
        #expect(none.stdout.hasSuffix(") en de index.\n"))
        try repository.git("add", Self.placement)
        let staged = try Taakboek.run(["-C", repository.url.path, "diff", "--staged", "--format", "csv"])
        #expect(staged.status == 0)
        #expect(
            staged.stdout.components(separatedBy: "\r\n").dropFirst().first?.hasPrefix("toegevoegd,plaatsing,") == true)
        #expect(!staged.stdout.contains("gehuisvest"))
        try repository.git("commit", "-qam", "Meer gehuisvest")
        let revisions = try Taakboek.run(["-C", repository.url.path, "diff", "HEAD~1", "HEAD", "--format", "csv"])
        #expect(revisions.status == 0)
        #expect(revisions.stdout.components(separatedBy: "\r\n").count == 6)
        let back = try Taakboek.run(["-C", repository.url.path, "diff", "HEAD", "HEAD~1", "--format", "json"])
        let changes = try #require(try JSONSerialization.jsonObject(with: Data(back.stdout.utf8)) as? [[String: Any]])
        #expect(changes.last?["soort"] as? String == "verwijderd")
        let same = try Taakboek.run(["-C", repository.url.path, "diff", "HEAD"])
        #expect(same.status == 0 && same.stdout.hasPrefix("Geen inhoudelijke verschillen"))
    }

    @Test func usageErrorsExitTwoWithADutchMessage() throws {
        let repository = try GitRepository()
        let cases: [([String], String)] = [
            (["diff"], "geef een of twee revisies"),
            (["diff", "--staged", "HEAD"], "--staged vergelijkt HEAD met de index"),
            (["diff", "HEAD", "HEAD", "HEAD"], "geef hoogstens twee revisies"),
            (["diff", "HEAD", "--format", "yaml"], "onbekend formaat 'yaml'"),
            (["diff", "bestaat-niet"], "'bestaat-niet' is geen revisie en geen datum"),
        ]
        for (arguments, message) in cases {
            let run = try Taakboek.run(["-C", repository.url.path] + arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stdout.isEmpty, "\(arguments)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
        }
        let folder = try RecordFolder.shipped()
        let outside = try Taakboek.run(["-C", folder.url.path, "diff", "HEAD"])
        #expect(outside.status == 2)
        #expect(outside.stderr.contains("is geen git-repository"))
        let bare = repository.url.appendingPathExtension("git")
        defer { try? FileManager.default.removeItem(at: bare) }
        try repository.git("clone", "-q", "--bare", repository.url.path, bare.path)
        let inBare = try Taakboek.run(["-C", bare.path, "diff", "HEAD"])
        #expect(inBare.status == 2)
        #expect(inBare.stderr.contains("heeft geen werkmap"))
    }
}
