import Foundation
import Testing

/// `taakboek new` on a repository made by `taakboek init`: records land where the layout wants
/// them, pass the check when the options give enough, and are never overwritten.
@Suite("taakboek new, end to end")
struct NewCommandTests {
    func initialised() throws -> RecordFolder {
        let folder = try RecordFolder()
        let run = try Taakboek.run(InitCommandTests.arguments, in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        return folder
    }

    @Test func periodPlacementAndCorrectionWithEnoughOptionsPassTheCheck() throws {
        let folder = try initialised()
        let period = try Taakboek.run(
            ["new", "periode", "2024-II", "--achterstand-begin", "38", "--taakstelling", "33"], in: folder.url)
        #expect(period.status == 0, "\(period.stderr)")
        #expect(
            period.stdout.hasPrefix("records/aa-en-hunze/perioden/2024-II.yaml\nAlle verplichte velden zijn ingevuld"))
        let placement = try Taakboek.run(
            [
                "new", "placement", "--datum", "2024-09", "--soort", "har", "--personen", "23", "--locatie",
                "Vredestein",
            ],
            in: folder.url)
        #expect(placement.status == 0, "\(placement.stderr)")
        #expect(placement.stdout.hasPrefix("records/aa-en-hunze/plaatsingen/2024-II/vredestein.yaml\n"))
        let next = try Taakboek.run(["new", "period", "--taakstelling", "34"], in: folder.url)
        #expect(next.stdout.hasPrefix("records/aa-en-hunze/perioden/2025-I.yaml\n"))
        #expect(
            try folder.read("records/aa-en-hunze/perioden/2025-I.yaml").contains(
                "\nachterstand_begin:  # IN TE VULLEN\n"))
        try folder.replace(
            "records/aa-en-hunze/perioden/2025-I.yaml", "achterstand_begin:  # IN TE VULLEN",
            with: "achterstand_begin: 30")
        let check = try Taakboek.run(["check"], in: folder.url)
        #expect(check.status == 0, "\(check.stdout)")
        let correction = try Taakboek.run(
            [
                "new", "correctie", "--periode", "2024-II", "--veld", "taakstelling", "--naar", "31", "--reden",
                "Herberekening.",
                "--bron", "Bericht van het COA", "--datum", "2025-01-15",
            ], in: folder.url)
        #expect(correction.status == 0, "\(correction.stderr)")
        #expect(correction.stdout.hasPrefix("records/aa-en-hunze/correcties/2025-01-taakstelling-2024-II.yaml\n"))
        #expect(
            correction.stdout.contains(
                "Pas daarna taakstelling in records/aa-en-hunze/perioden/2024-II.yaml aan naar 31"))
    }

    @Test func anIncompleteRecordIsReportedAtItsEmptyFields() throws {
        let folder = try initialised()
        let placement = try Taakboek.run(["new", "plaatsing", "--datum", "2025-03-14"], in: folder.url)
        #expect(placement.status == 0)
        #expect(placement.stdout.contains("Nog in te vullen (nu leeg, met # IN TE VULLEN): soort, personen.\n"))
        let check = try Taakboek.run(["check"], in: folder.url)
        #expect(check.status == 1)
        #expect(
            check.stdout.contains(
                "records/aa-en-hunze/plaatsingen/2025-I/2025-03-14-plaatsing.yaml:8:7: fout [TB104] `soort` moet tekst zijn, maar is leeg\n"
            ))
    }

    @Test func nothingIsOverwrittenAndBadInputIsExitTwo() throws {
        let folder = try initialised()
        #expect(try Taakboek.run(["new", "periode", "2025-I"], in: folder.url).status == 0)
        try folder.replace("records/aa-en-hunze/perioden/2025-I.yaml", "status: open", with: "status: open  # bewerkt")
        let again = try Taakboek.run(["new", "periode", "2025-I"], in: folder.url)
        #expect(again.status == 2)
        #expect(
            again.stderr.hasPrefix("taakboek: periode 2025-I bestaat al (records/aa-en-hunze/perioden/2025-I.yaml)"))
        #expect(try folder.read("records/aa-en-hunze/perioden/2025-I.yaml").contains("# bewerkt"))
        let named = try Taakboek.run(["new", "plaatsing", "--naam", "a", "--datum", "2025-02"], in: folder.url)
        #expect(named.status == 0)
        let taken = try Taakboek.run(
            ["--lang", "en", "new", "plaatsing", "--naam", "a", "--datum", "2025-02"], in: folder.url)
        #expect(taken.status == 2)
        #expect(taken.stderr.contains("already exists; taakboek does not overwrite a record. Choose another --naam"))
        let badPeriod = try Taakboek.run(["new", "periode", "2025-III"], in: folder.url)
        #expect(badPeriod.status == 2)
        #expect(badPeriod.stderr.contains("'2025-III' is geen halfjaar"))
        let badKind = try Taakboek.run(["new", "plaatsing", "--soort", "hotel"], in: folder.url)
        #expect(badKind.status == 2)
        #expect(badKind.stderr.contains("--soort 'hotel' staat niet in schemas/soorten.yaml"))
    }

    @Test func withoutRecordsItSaysToRunInitFirst() throws {
        let folder = try RecordFolder()
        let run = try Taakboek.run(["new", "periode"], in: folder.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("maak de records-repository eerst met taakboek init"))
    }
}
