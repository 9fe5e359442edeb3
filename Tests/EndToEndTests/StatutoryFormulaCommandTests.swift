import Foundation
import Testing

/// TB203 with the national numbers as data (schemas/landelijk.yaml), through the built binary on
/// a copy of the shipped records. The municipal populations here are test data, not Tynaarlo's.
@Suite("taakboek check: the statutory formula from schemas/landelijk.yaml")
struct StatutoryFormulaCommandTests {
    static let period2024II = "records/tynaarlo/perioden/2024-II.yaml"
    static let period2025I = "records/tynaarlo/perioden/2025-I.yaml"

    @Test func onlyTheMunicipalPopulationIsNeeded() throws {
        let folder = try RecordFolder.shipped()
        // ⌈17000 × 34000 / 17811291⌉ = ⌈32.45⌉ = 33: the national number of 2024-II and the
        // population of 1 January 2023 come from the file.
        try folder.replace(Self.period2024II, "taakstelling: 33\n", with: "taakstelling: 33\nberekening:\n  inwoners_gemeente: 34000\n")
        let clean = try Taakboek.run(["-C", folder.url.path, "check", "--hide-notes"])
        #expect(clean.status == 0, "\(clean.stdout)")
        #expect(!clean.stdout.contains("TB203"))

        try folder.replace(Self.period2024II, "inwoners_gemeente: 34000", with: "inwoners_gemeente: 36000")
        let wrong = try Taakboek.run(["-C", folder.url.path, "check", "--hide-notes"])
        #expect(wrong.status == 1)
        #expect(
            wrong.stdout.contains(
                "records/tynaarlo/perioden/2024-II.yaml:5:15: fout [TB203] taakstelling klopt niet met de berekening: ⌈17000 × 36000 / 17811291⌉ = 35, maar er staat 33"
            ), "\(wrong.stdout)")
        // Each term says where it comes from: the file for the national figures.
        #expect(wrong.stdout.contains("schemas/landelijk.yaml:"), "\(wrong.stdout)")
        #expect(wrong.stdout.contains("records/tynaarlo/perioden/2024-II.yaml:7"))
    }

    @Test func aFigureTypedInTheRecordIsComparedWithTheFile() throws {
        let folder = try RecordFolder.shipped()
        try folder.replace(
            Self.period2024II, "taakstelling: 33\n",
            with: "taakstelling: 33\nberekening:\n  landelijk: 17100\n  inwoners_gemeente: 34000\n  inwoners_nederland: 17811290\n")
        let run = try Taakboek.run(["-C", folder.url.path, "check", "--strict", "--hide-notes"])
        #expect(run.status == 1)
        #expect(
            run.stdout.contains(
                "waarschuwing [TB203] landelijk 17100 verschilt van het landelijke aantal voor 2024-II in schemas/landelijk.yaml: 17000"
            ), "\(run.stdout)")
        #expect(run.stdout.contains("waarschuwing [TB203] inwoners_nederland 17811290 verschilt van het inwonertal van Nederland op 2023-01-01"))
    }

    @Test func aFigureMissingFromTheFileIsANoteThatSaysWhereToAddIt() throws {
        let folder = try RecordFolder.shipped()
        // 2025-I's populations are those of 1 January 2024, which the file does not have.
        try folder.replace(Self.period2025I, "taakstelling: 34\n", with: "taakstelling: 34\nberekening:\n  inwoners_gemeente: 34000\n")
        let run = try Taakboek.run(["-C", folder.url.path, "check"])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(
            run.stdout.contains(
                "opmerking [TB203] berekening niet gecontroleerd: het inwonertal van Nederland op 2024-01-01 (de peildatum voor 2025-I) staat niet in schemas/landelijk.yaml"
            ), "\(run.stdout)")
        let english = try Taakboek.run(["-C", folder.url.path, "--lang", "en", "check"])
        #expect(english.stdout.contains("the population of the Netherlands on 2024-01-01 (the reference date for 2025-I) is not in schemas/landelijk.yaml"))
    }

    @Test func aTaakstellingOfTheNationalNumberBeforeItWasLoweredIsAWarning() throws {
        let folder = try RecordFolder.shipped()
        // Test data: with 17,700 the formula gives 34, with 15,000 it gives 29.
        try folder.replace(
            Self.period2025I, "taakstelling: 34\n",
            with: "taakstelling: 34\nberekening:\n  inwoners_gemeente: 34000\n  inwoners_nederland: 17942942\n")
        let run = try Taakboek.run(["-C", folder.url.path, "check", "--hide-notes"])
        #expect(run.status == 0, "a warning, not an error: \(run.stdout)")
        #expect(
            run.stdout.contains(
                "waarschuwing [TB203] taakstelling 34 volgt uit het eerdere landelijke aantal 17700 voor 2025-I; dat is herzien naar 15000"
            ), "\(run.stdout)")
        #expect(run.stdout.contains("taakboek new correction"))
        // Saying in the record that the earlier number still holds leaves a note only.
        try folder.replace(Self.period2025I, "berekening:\n", with: "berekening:\n  landelijk: 17700\n")
        let kept = try Taakboek.run(["-C", folder.url.path, "check", "--strict", "--hide-notes"])
        #expect(kept.status == 0, "\(kept.stdout)")
    }

    @Test func withoutTheFileTheBuiltInCopyIsUsedAndABrokenFileIsReported() throws {
        let folder = try RecordFolder.shipped()
        try folder.replace(Self.period2024II, "taakstelling: 33\n", with: "taakstelling: 33\nberekening:\n  inwoners_gemeente: 36000\n")
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("schemas/landelijk.yaml"))
        let builtIn = try Taakboek.run(["-C", folder.url.path, "check", "--hide-notes"])
        #expect(builtIn.status == 1)
        #expect(builtIn.stdout.contains("= 35, maar er staat 33"), "\(builtIn.stdout)")
        #expect(builtIn.stdout.contains("(ingebouwd)/landelijk.yaml:"))

        try folder.write("schemas/landelijk.yaml", "halfjaren:\n  2024-II:\n    landelijk: zeventienduizend\n")
        let broken = try Taakboek.run(["-C", folder.url.path, "check", "--hide-notes"])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("schemas/landelijk.yaml:3:16: fout [TB104]"), "\(broken.stdout)")
        // The broken copy is not used: the formula is still checked with the built-in numbers.
        #expect(broken.stdout.contains("= 35, maar er staat 33"))
    }

    @Test func explainSaysWhereTheNationalNumbersAre() throws {
        let run = try Taakboek.run(["explain", "TB203"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("schemas/landelijk.yaml"))
        #expect(run.stdout.contains("inwoners_gemeente: 30000"))
    }
}
