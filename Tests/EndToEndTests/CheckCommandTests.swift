import Foundation
import Testing

@Suite("taakboek check, end to end")
struct CheckCommandTests {
    @Test func shippedRecordsAreCleanAndFast() throws {
        let start = ContinuousClock.now
        let run = try Taakboek.run(["-C", RecordFolder.repositoryRoot.path, "check"])
        let elapsed = ContinuousClock.now - start
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.hasSuffix("taakboek check: 0 fouten, 0 waarschuwingen, 5 opmerkingen in 15 records\n"))
        #expect(elapsed < .seconds(1), "check on the shipped records took \(elapsed)")
    }

    /// The shipped records with planted errors; the whole report is compared with a golden file.
    func plantedErrors() throws -> RecordFolder {
        let folder = try RecordFolder.shipped()
        try folder.replace(
            "records/tynaarlo/perioden/2024-II.yaml", "achterstand_eind: 30", with: "achterstand_eind: 31")
        try folder.replace(
            "records/tynaarlo/brieven/2025-raadsinformatiebrief-2024-II.md", "  gehuisvest: 41",
            with: "  gehuisvest: 40")
        try folder.replace(
            "records/tynaarlo/perioden/2025-I.yaml", "taakstelling: 34", with: "taakstelling: vierendertig")
        try folder.write(
            "records/tynaarlo/plaatsingen/2024-II/nareizigers-oktober.yaml",
            "# yaml-language-server: $schema=../../../../schemas/plaatsing.schema.json\ndatum: 2024-06-12\nsoort: nareiziger\npersonen: 2\nopmerking: Dossier 111222333\n"
        )
        try folder.write("records/tynaarlo/perioden/2025-II.yml", "periode: 2025-II\n")
        return folder
    }

    @Test(arguments: ["nl", "en"])
    func plantedErrorsMatchTheGoldenReport(language: String) throws {
        let folder = try plantedErrors()
        let run = try Taakboek.run(["-C", folder.url.path, "--lang", language, "check"])
        #expect(run.status == 1)
        #expect(run.stderr.isEmpty)
        try Golden.expect(run.stdout, matches: "planted-errors.\(language).txt")
    }

    @Test func missingFolderIsAUsageErrorOnOneLine() throws {
        let run = try Taakboek.run(["-C", "/bestaat/niet", "check"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(
            run.stderr == "taakboek: map /bestaat/niet bestaat niet of is geen map; geef met -C een bestaande map op\n")
        let english = try Taakboek.run(["-C", "/bestaat/niet", "--lang", "en", "check"])
        #expect(
            english.stderr
                == "taakboek: folder /bestaat/niet does not exist or is not a folder; give an existing folder with -C\n"
        )
    }

    @Test func folderWithoutRecordsIsAnError() throws {
        let folder = try RecordFolder()
        let run = try Taakboek.run(["-C", folder.url.path, "check"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("geen records gevonden"))
    }

    @Test func unknownOptionIsAUsageError() throws {
        let run = try Taakboek.run(["check", "--bestaat-niet"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--bestaat-niet"))
    }

    @Test func warningsFailOnlyWithStrict() throws {
        let folder = try RecordFolder.shipped()
        // A doorstroom out of Vredestein more than 6 months later: a warning (TB405), nothing else.
        try folder.write(
            "records/tynaarlo/plaatsingen/2025-I/doorstroom-april.yaml",
            "# yaml-language-server: $schema=../../../../schemas/plaatsing.schema.json\ndatum: 2025-04-02\nsoort: doorstroom\npersonen: 4\nuit: 2024-II/vredestein\n"
        )
        let lenient = try Taakboek.run(["-C", folder.url.path, "check", "--hide-notes"])
        #expect(lenient.status == 0, "\(lenient.stdout)")
        #expect(lenient.stdout.contains("waarschuwing [TB405]"))
        let strict = try Taakboek.run(["-C", folder.url.path, "check", "--strict"])
        #expect(strict.status == 1)
    }

    @Test func worksFromASubfolderOfAGitRepository() throws {
        let folder = try RecordFolder.shipped()
        try folder.git("init", "-q")
        let run = try Taakboek.run(["check"], in: folder.url.appendingPathComponent("records/tynaarlo/perioden"))
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("in 15 records"))
    }

    @Test func checkChangesNothing() throws {
        let folder = try plantedErrors()
        try folder.git("init", "-q")
        try folder.git("add", "-A")
        try folder.git("commit", "-qm", "records")
        let before = try folder.git("status", "--porcelain", "--ignored")
        let head = try folder.git("rev-parse", "HEAD")
        _ = try Taakboek.run(["-C", folder.url.path, "check"])
        #expect(try folder.git("status", "--porcelain", "--ignored") == before)
        #expect(try folder.git("rev-parse", "HEAD") == head)
    }
}
