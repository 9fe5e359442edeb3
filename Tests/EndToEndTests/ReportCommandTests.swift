import Foundation
import Testing

@Suite("taakboek report and letter new, end to end")
struct ReportCommandTests {
    static let table = """
        Omschrijving                                 Aantal statushouders (in personen)
        Achterstand per 1 juli 2024                                                  38
        Taakstelling juli–december 2024                                              33
        Totaal te huisvesten                                                         71
        Gehuisvest in de periode juli–december 2024                                  41
        Achterstand per 1 januari 2025                                               30

        """

    @Test func textInDutchWithTheSentences() throws {
        let repository = try GitRepository()
        let run = try Taakboek.run(["-C", repository.url.path, "report", "2024-II"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(
            run.stdout
                == "Huisvesting statushouders Tynaarlo, juli–december 2024 (2024-II)\n\n" + Self.table + "\n"
                + "De achterstand daalde van 38 op 1 juli 2024 naar 30 op 1 januari 2025.\n"
                + "Voor januari–juni 2025 (2025-I) is de taakstelling 34; met de achterstand erbij is de opgave 64.\n")
    }

    @Test func textInEnglish() throws {
        let repository = try GitRepository()
        let run = try Taakboek.run(["-C", repository.url.path, "--lang", "en", "report", "tynaarlo/2024-II"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Housed in the period July–December 2024                                  41\n"))
        #expect(run.stdout.contains("The backlog fell from 38 on 1 July 2024 to 30 on 1 January 2025.\n"))
        #expect(!run.stdout.contains("Achterstand"))
    }

    @Test func markdownAndCSV() throws {
        let repository = try GitRepository()
        let markdown = try Taakboek.run(["-C", repository.url.path, "report", "2024-II", "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(
            markdown.stdout.contains(
                "| Omschrijving | Aantal statushouders (in personen) |\n| --- | ---: |\n| Achterstand per 1 juli 2024 | 38 |\n"
            ))
        #expect(markdown.stdout.contains("| Achterstand per 1 januari 2025 | 30 |\n"))
        let csv = try Taakboek.run(["-C", repository.url.path, "report", "2024-I", "--format", "csv"])
        #expect(csv.status == 0)
        #expect(
            csv.stdout
                == "omschrijving,personen\r\nAchterstand per 1 januari 2024,30\r\nTaakstelling januari–juni 2024,\r\nTotaal te huisvesten,\r\nGehuisvest in de periode januari–juni 2024,\r\nAchterstand per 1 juli 2024,38\r\n"
        )
    }

    @Test func jsonParses() throws {
        let repository = try GitRepository()
        let run = try Taakboek.run(["-C", repository.url.path, "report", "2024-II", "--format", "json"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let cijfers = try #require(object["cijfers"] as? [String: Any])
        #expect(cijfers["achterstand_begin"] as? Int == 38 && cijfers["gehuisvest"] as? Int == 41)
        #expect(cijfers["taakstelling_volgende"] as? Int == 34 && cijfers["opgave_volgende"] as? Int == 64)
        let rows = try #require(object["tabel"] as? [[String: Any]])
        #expect(rows.map { $0["personen"] as? Int } == [38, 33, 71, 41, 30])
        #expect((object["zinnen"] as? [String])?.count == 2)
    }

    @Test func htmlIsOneSelfContainedPage() throws {
        let repository = try GitRepository()
        let run = try Taakboek.run(["-C", repository.url.path, "report", "2024-II", "--format", "html"])
        #expect(run.status == 0)
        let page = run.stdout
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        #expect(page.components(separatedBy: "<html").count == 2 && page.hasSuffix("</html>\n"))
        #expect(page.contains("<table>") && page.contains("<td class=\"getal\">71</td>"))
        #expect(page.contains("<p>De achterstand daalde van 38"))
        #expect(page.contains("@media print"))
        #expect(
            !page.contains("http://") && !page.contains("https://") && !page.contains("src=") && !page.contains("<link")
        )
    }

    @Test func asOfAnEarlierCommit() throws {
        let repository = try GitRepository()
        try repository.replace(GitRepository.closedPeriod, "gehuisvest: 41", with: "gehuisvest: 43")
        try repository.replace(GitRepository.closedPeriod, "achterstand_eind: 30", with: "achterstand_eind: 28")
        try repository.git("commit", "-qam", "Twee meer gehuisvest")
        let now = try Taakboek.run(["-C", repository.url.path, "report", "2024-II", "--format", "csv"])
        #expect(now.stdout.contains("Gehuisvest in de periode juli–december 2024,43\r\n"))
        let older = try Taakboek.run([
            "-C", repository.url.path, "report", "2024-II", "--as-of", "HEAD~1", "--format", "csv",
        ])
        #expect(older.status == 0, "\(older.stderr)")
        #expect(older.stdout.contains("Gehuisvest in de periode juli–december 2024,41\r\n"))
        #expect(older.stdout.contains("Achterstand per 1 januari 2025,30\r\n"))
        let unknown = try Taakboek.run(["-C", repository.url.path, "report", "2024-II", "--as-of", "nergens"])
        #expect(unknown.status == 2 && unknown.stdout.isEmpty)
    }

    @Test func anUnknownPeriodOrABadNameIsExitTwo() throws {
        let repository = try GitRepository()
        let missing = try Taakboek.run(["-C", repository.url.path, "report", "2031-I"])
        #expect(missing.status == 2 && missing.stdout.isEmpty)
        #expect(missing.stderr.contains("periode 2031-I staat niet in records/tynaarlo/perioden/"))
        #expect(missing.stderr.contains("2024-II"))
        let bad = try Taakboek.run(["-C", repository.url.path, "report", "2024-III"])
        #expect(bad.status == 2 && bad.stderr.contains("is geen periode"))
        let format = try Taakboek.run(["-C", repository.url.path, "report", "2024-II", "--format", "pdf"])
        #expect(format.status == 2)
    }

    @Test func letterNewWritesALetterCheckAcceptsAndNeverOverwrites() throws {
        let repository = try GitRepository()
        let before = try Taakboek.run(["-C", repository.url.path, "check"])
        let run = try Taakboek.run(["-C", repository.url.path, "letter", "new", "2025-I", "--datum", "2025-03-10"])
        #expect(run.status == 0, "\(run.stderr)")
        let path = "records/tynaarlo/brieven/2025-raadsinformatiebrief-2025-I.md"
        #expect(run.stdout == path + "\n")
        let text = try String(contentsOf: repository.url.appendingPathComponent(path), encoding: .utf8)
        #expect(text.contains("cijfers:\n  achterstand_begin: 30\n  taakstelling: 34\n  totaal: 64\n---\n"))
        #expect(text.contains("| Gehuisvest in de periode januari–juni 2025 | onbekend |"))
        let check = try Taakboek.run(["-C", repository.url.path, "check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("0 fouten"))
        // The new letter is one record more than before, so check did read it.
        #expect(Self.recordCount(check.stdout) == Self.recordCount(before.stdout).map { $0 + 1 })

        let again = try Taakboek.run(["-C", repository.url.path, "letter", "new", "2025-I", "--datum", "2025-05-01"])
        #expect(again.status == 2 && again.stdout.isEmpty)
        #expect(again.stderr.contains(path) && again.stderr.contains("overschrijft geen brief"))
        let unchanged = try String(contentsOf: repository.url.appendingPathComponent(path), encoding: .utf8)
        #expect(unchanged == text)
    }

    /// N from check's summary line "… in N records".
    static func recordCount(_ output: String) -> Int? {
        guard let range = output.range(of: " in ", options: .backwards) else { return nil }
        return Int(output[range.upperBound...].prefix { $0.isNumber })
    }

    @Test func lettersForEveryPeriodAgreeWithTheChecker() throws {
        // Unknown figures, a totaal the checker computes, a missing next period: check accepts all.
        let repository = try GitRepository()
        try repository.replace(GitRepository.closedPeriod, "totaal: 71\n", with: "")
        for period in ["2022-II", "2023-I", "2023-II", "2024-I", "2024-II", "2025-I"] {
            let run = try Taakboek.run(["-C", repository.url.path, "letter", "new", period, "--datum", "2026-01-15"])
            #expect(run.status == 0, "\(period): \(run.stderr)")
        }
        let letter = try String(
            contentsOf: repository.url.appendingPathComponent(
                "records/tynaarlo/brieven/2026-raadsinformatiebrief-2023-II.md"), encoding: .utf8)
        #expect(letter.contains("  achterstand_begin: onbekend\n") && letter.contains("  achterstand_eind: 30\n"))
        let check = try Taakboek.run(["-C", repository.url.path, "check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(!check.stdout.contains("TB601"))
    }

    @Test func aLetterWithChangedFiguresIsCaughtByCheck() throws {
        // The drafted figures are the checked ones: tampering with one makes check fail.
        let repository = try GitRepository()
        let run = try Taakboek.run(["-C", repository.url.path, "letter", "new", "2024-II", "--datum", "2026-01-15"])
        #expect(run.status == 0, "\(run.stderr)")
        let path = "records/tynaarlo/brieven/2026-raadsinformatiebrief-2024-II.md"
        #expect(try Taakboek.run(["-C", repository.url.path, "check"]).status == 0)
        try repository.replace(path, "  gehuisvest: 41\n", with: "  gehuisvest: 40\n")
        let check = try Taakboek.run(["-C", repository.url.path, "check"])
        #expect(check.status == 1 && check.stdout.contains("TB601"))
    }
}
