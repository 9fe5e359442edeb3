import Foundation
import TaakboekTestSupport
import Testing

/// `--as-of` on overview, progress and letter new, on Proefdorp's repository (a 2025-I
/// taakstelling corrected from 20 to 17 on 15 March 2025), and `letter new --lang en`.
@Suite("--as-of on every report, end to end")
struct AsOfCommandTests {
    @Test func overviewBeforeAndAfterTheCorrection() throws {
        try withScratch { scratch in
            let path = try MidPeriodCorrection.repository(in: scratch)
            let before = try Taakboek.run(["-C", path, "overview", "--date", "2025-01-01", "--as-of", "2025-03-01"])
            #expect(before.status == 0 && before.stderr.isEmpty, "\(before.stderr)")
            #expect(before.stdout.contains("Proefdorp  Drenthe                            3                   20             23"))
            let after = try Taakboek.run(["-C", path, "overview", "--date", "2025-01-01", "--as-of", "2025-03-20"])
            #expect(after.status == 0)
            #expect(after.stdout.contains("17             20  achterstand_begin 2025-I  taakstelling 2025-I: 20 → 17 (2025-03-15)"))
        }
    }

    @Test func progressCountsTheDayOfAsOfOrOfDate() throws {
        try withScratch { scratch in
            let path = try MidPeriodCorrection.repository(in: scratch)
            let old = try Taakboek.run(["-C", path, "progress", "--as-of", "2025-03-01", "--format", "csv"])
            #expect(old.status == 0, "\(old.stderr)")
            #expect(old.stdout.contains("Proefdorp,2025-I,23,4,,,19,4,5,\r\n"))
            let now = try Taakboek.run(["-C", path, "progress", "--date", "2025-04-10", "--format", "csv"])
            #expect(now.stdout.contains("Proefdorp,2025-I,20,7,,,13,3,5,"))
            #expect(now.stdout.contains("gecorrigeerd: taakstelling 2025-I: 20 → 17 (2025-03-15)"))
            let mixed = try Taakboek.run(["-C", path, "progress", "--as-of", "HEAD", "--date", "2025-03-01", "--format", "csv"])
            #expect(mixed.stdout.contains("Proefdorp,2025-I,23,4,,,19,4,5,\r\n"))
        }
    }

    @Test func reportBeforeAndAfterTheCorrection() throws {
        try withScratch { scratch in
            let path = try MidPeriodCorrection.repository(in: scratch)
            let before = try Taakboek.run(["-C", path, "report", "2025-I", "--as-of", "2025-03-01", "--format", "csv"])
            #expect(before.stdout.contains("Taakstelling januari–juni 2025,20\r\n"))
            let after = try Taakboek.run(["-C", path, "report", "2025-I", "--as-of", "2025-03-20", "--format", "csv"])
            #expect(after.stdout.contains("\"Taakstelling januari–juni 2025 (gecorrigeerd op 15 maart 2025, was 20)\",17\r\n"))
        }
    }

    @Test func letterNewAsOfADateAndInEnglishPassesTheCheck() throws {
        try withScratch { scratch in
            let path = try MidPeriodCorrection.repository(in: scratch)
            let run = try Taakboek.run(["-C", path, "letter", "new", "2025-I", "--as-of", "2025-03-01"])
            #expect(run.status == 0, "\(run.stderr)")
            let letter = "records/proefdorp/brieven/2025-raadsinformatiebrief-2025-I.md"
            #expect(run.stdout == letter + "\n")
            let text = try String(contentsOfFile: path + "/" + letter, encoding: .utf8)
            #expect(text.contains("datum: 2025-03-01\n") && text.contains("  taakstelling: 20\n  totaal: 23\n"))
            let english = try Taakboek.run(["-C", path, "--lang", "en", "letter", "new", "2025-I", "--datum", "2026-01-10"])
            #expect(english.status == 0, "\(english.stderr)")
            let englishText = try String(
                contentsOfFile: path + "/records/proefdorp/brieven/2026-raadsinformatiebrief-2025-I.md", encoding: .utf8)
            #expect(englishText.contains("| Target for January–June 2025 (corrected on 15 March 2025, was 20) | 17 |"))
            #expect(englishText.contains("  taakstelling: 17\n  totaal: 20\n"))
            let check = try Taakboek.run(["-C", path, "check"])
            #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
            #expect(!check.stdout.contains("TB601") && !check.stdout.contains("TB501"))
        }
    }

    @Test func anUnknownRevisionOrNoRepositoryIsExitTwo() throws {
        try withScratch { scratch in
            let path = try MidPeriodCorrection.repository(in: scratch)
            for arguments in [
                ["overview", "--date", "2025-01-01", "--as-of", "nergens"], ["progress", "--as-of", "nergens"],
                ["letter", "new", "2025-I", "--as-of", "nergens"],
            ] {
                let run = try Taakboek.run(["-C", path] + arguments)
                #expect(run.status == 2 && run.stdout.isEmpty, "\(arguments)")
                #expect(run.stderr.contains("'nergens' is geen revisie en geen datum (JJJJ-MM-DD)"), "\(arguments)")
            }
            let folder = try RecordFolder.shipped()
            for arguments in [
                ["overview", "--date", "2025-01-01", "--as-of", "HEAD"], ["progress", "--as-of", "HEAD"],
                ["letter", "new", "2025-I", "--as-of", "HEAD"],
            ] {
                let run = try Taakboek.run(["-C", folder.url.path] + arguments)
                #expect(run.status == 2 && run.stderr.contains("--as-of werkt alleen in een git-repository"), "\(arguments)")
            }
        }
    }
}
