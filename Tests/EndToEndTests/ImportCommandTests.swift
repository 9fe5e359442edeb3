import Foundation
import Testing

/// `taakboek import` on a repository made by `taakboek init`, from CSV written here and from the
/// .xlsx files LibreOffice made (Tests/TaakboekSpreadsheetTests/Fixtures).
@Suite("taakboek import, end to end")
struct ImportCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TaakboekSpreadsheetTests/Fixtures")

    func initialised() throws -> RecordFolder {
        let folder = try RecordFolder()
        let run = try Taakboek.run(
            ["init", "--gemeente", "Tynaarlo", "--cbs-code", "GM1730", "--provincie", "Drenthe"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        return folder
    }

    @Test func xlsxFromLibreOfficeImportsAndPassesTheCheck() throws {
        let folder = try initialised()
        let periods = try Taakboek.run(
            ["import", "perioden", Self.fixtures.appendingPathComponent("historie.xlsx").path, "--datum", "2025-03-01"],
            in: folder.url)
        #expect(periods.status == 0, "\(periods.stdout)\(periods.stderr)")
        #expect(periods.stdout.contains("rij 4: records/tynaarlo/perioden/2024-II.yaml geschreven\n"))
        let coa = try Taakboek.run(
            ["import", "coa", Self.fixtures.appendingPathComponent("coa-overzicht.xlsx").path], in: folder.url)
        #expect(coa.status == 0, "\(coa.stdout)\(coa.stderr)")
        #expect(
            try folder.read("records/tynaarlo/coa/2025-03-01.yaml") == """
                # yaml-language-server: $schema=../../../schemas/coa.schema.json
                peildatum: 2025-03-01
                periode: 2025-I
                taakstelling: 64
                gerealiseerd: 12
                nog_te_realiseren: 52
                bron: Geïmporteerd uit coa-overzicht.xlsx, rij 2

                """)
        #expect(try folder.read("records/tynaarlo/perioden/2025-I.yaml").contains("\nstatus: open\n"))
        #expect(try folder.read("records/tynaarlo/perioden/2024-II.yaml").contains("\nstatus: afgesloten\n"))
        let check = try Taakboek.run(["check"], in: folder.url)
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test func refusedRowsNeverOverwriteAndDryRunWritesNothing() throws {
        let folder = try initialised()
        try folder.write(
            "coa.csv",
            "Gemeente;Peildatum;Periode;Taakstelling;Gerealiseerd;Nog te realiseren\r\nGM1730;1-3-2025;2025-I;64;12;52\r\nAssen;2025-04-01;2025-I;1;1;0\r\nTynaarlo;2025-03-01;2025-I;64;12;52\r\n")
        let dry = try Taakboek.run(["import", "coa", "coa.csv", "--dry-run"], in: folder.url)
        #expect(dry.status == 1)
        #expect(dry.stdout.contains("rij 2: zou schrijven records/tynaarlo/coa/2025-03-01.yaml\n"))
        #expect(dry.stdout.contains("rij 3: geweigerd: gemeente 'Assen' staat niet in records/; bekend zijn: Tynaarlo (GM1730)\n"))
        #expect(dry.stdout.contains("rij 4: geweigerd: rij 2 is al voor records/tynaarlo/coa/2025-03-01.yaml"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("records/tynaarlo/coa").path))
        try folder.write("records/tynaarlo/coa/2025-03-01.yaml", "# eigen\n")
        let real = try Taakboek.run(["--lang", "en", "import", "coa", "coa.csv"], in: folder.url)
        #expect(real.status == 1)
        #expect(real.stdout.contains("row 2: refused: records/tynaarlo/coa/2025-03-01.yaml already exists with other content"))
        #expect(try folder.read("records/tynaarlo/coa/2025-03-01.yaml") == "# eigen\n")
    }

    @Test func missingColumnsAndUnreadableFilesAreExitTwo() throws {
        let folder = try initialised()
        try folder.write("p.csv", "Peildatum,Taakstelling,Gerealiseerd,Nog te realiseren,Kleur\n2025-03-01,1,1,0,rood\n")
        let missing = try Taakboek.run(["import", "coa", "p.csv"], in: folder.url)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("p.csv, rij 1: de kolom(men) periode ontbreken"))
        #expect(missing.stderr.contains("gevonden: Peildatum, Taakstelling, Gerealiseerd, Nog te realiseren, Kleur"))
        let absent = try Taakboek.run(["import", "perioden", "geen.xlsx"], in: folder.url)
        #expect(absent.status == 2)
        #expect(absent.stderr == "taakboek: geen.xlsx: bestand niet gevonden\n")
    }
}
