import Foundation
import Testing

/// COA's monthly figures: `taakboek new coa`, the rules on them, `taakboek reconcile` and the COA
/// column of `progress`, through the built binary on a copy of the shipped records (whose 2025-I
/// is open with achterstand_begin 30 and taakstelling 34). The COA figures here are invented for
/// the test; the shipped records hold none, as no source gives them.
@Suite("COA figures and taakboek reconcile, end to end")
struct ReconcileCommandTests {
    static let placement = "records/tynaarlo/plaatsingen/2025-I/de-brink.yaml"

    static func folderWithPlacements() throws -> RecordFolder {
        let folder = try RecordFolder.shipped()
        try folder.write(
            placement,
            "# yaml-language-server: $schema=../../../../schemas/plaatsing.schema.json\ndatum: 2025-02-03\nsoort: regulier\npersonen: 4\nbron: Woningcorporatie\n"
        )
        try folder.write(
            "records/tynaarlo/plaatsingen/2025-I/kerkstraat.yaml",
            "# yaml-language-server: $schema=../../../../schemas/plaatsing.schema.json\ndatum: 2025-03-10\nsoort: nareiziger\npersonen: 2\nbron: Woningcorporatie\n"
        )
        return folder
    }

    @Test func newCOAThenReconcileAgrees() throws {
        let folder = try Self.folderWithPlacements()
        let new = try Taakboek.run([
            "-C", folder.url.path, "new", "coa", "--peildatum", "2025-03-01", "--taakstelling", "64",
            "--gerealiseerd", "4",
        ])
        #expect(new.status == 0, "\(new.stderr)")
        #expect(new.stdout.hasPrefix("records/tynaarlo/coa/2025-03-01.yaml\n"))
        let text = try folder.read("records/tynaarlo/coa/2025-03-01.yaml")
        #expect(text.contains("peildatum: 2025-03-01\nperiode: 2025-I\n"))
        #expect(text.contains("nog_te_realiseren: 60\n"))
        let check = try Taakboek.run(["-C", folder.url.path, "check"])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(!check.stdout.contains("TB90"))
        let reconcile = try Taakboek.run(["-C", folder.url.path, "reconcile"])
        #expect(reconcile.status == 0, "\(reconcile.stderr)")
        #expect(reconcile.stdout.contains("Tynaarlo: Afstemming met het COA: 2025-I, peildatum 2025-03-01"))
        #expect(reconcile.stdout.contains("Gerealiseerd             4        4         0"))
        // The placement of 10 March is after the peildatum: listed, not counted.
        #expect(reconcile.stdout.contains("Op of na de peildatum (nog niet in dit cijfer van het COA):"))
        #expect(reconcile.stdout.contains("2025-I/kerkstraat"))
        #expect(reconcile.stdout.contains("2 persoon/personen geplaatst op of na de peildatum"))
        // Never overwritten.
        let again = try Taakboek.run(["-C", folder.url.path, "new", "coa", "--peildatum", "2025-03-01"])
        #expect(again.status == 2 && again.stderr.contains("bestaat al; taakboek overschrijft geen record"))
        let notFirst = try Taakboek.run(["-C", folder.url.path, "new", "coa", "--peildatum", "2025-03-15"])
        #expect(notFirst.status == 2 && notFirst.stderr.contains("niet de eerste dag van een maand"))
    }

    @Test func differencesAreWarningsAndTheReconciliationListExitsOne() throws {
        let folder = try Self.folderWithPlacements()
        try folder.write(
            "records/tynaarlo/coa/2025-03-01.yaml",
            "# yaml-language-server: $schema=../../../schemas/coa.schema.json\npeildatum: 2025-03-01\nperiode: 2025-I\ntaakstelling: 65\ngerealiseerd: 7\nnog_te_realiseren: 58\nbron: COA, overzicht per gemeente\n"
        )
        let check = try Taakboek.run(["-C", folder.url.path, "check"])
        #expect(check.status == 1)
        #expect(
            check.stdout.contains(
                "records/tynaarlo/coa/2025-03-01.yaml:4:15: fout [TB902] het COA noemt een taakstelling van 65 op 2025-03-01, maar volgens de records was achterstand_begin + taakstelling van 2025-I toen 64"
            ))
        #expect(
            check.stdout.contains(
                "records/tynaarlo/coa/2025-03-01.yaml:5:15: waarschuwing [TB903] het COA telt 7 gerealiseerd op 2025-03-01, maar de meetellende plaatsingen van 2025-I met een datum daarvoor tellen op tot 4; het COA telt 3 meer"
            ))
        let text = try Taakboek.run(["-C", folder.url.path, "reconcile", "tynaarlo/2025-I", "--date", "2025-03-20"])
        #expect(text.status == 1)
        #expect(text.stdout.contains("Taakstelling (opgave)   65       64        +1"))
        #expect(text.stdout.contains("het COA telt 3 meer"))
        let json = try Taakboek.run(["-C", folder.url.path, "reconcile", "--format", "json"])
        #expect(json.status == 1)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let figures = try #require(entries.first?["cijfers"] as? [String: [String: Any]])
        #expect(figures["gerealiseerd"]?["coa"] as? Int == 7 && figures["gerealiseerd"]?["records"] as? Int == 4)
        #expect(figures["gerealiseerd"]?["verschil"] as? Int == 3)
        let sides = try #require(entries.first?["plaatsingen"] as? [String: [[String: Any]]])
        #expect(sides["voor_peildatum"]?.first?["plaatsing"] as? String == "2025-I/de-brink")
        #expect(sides["op_of_na_peildatum"]?.first?["plaatsing"] as? String == "2025-I/kerkstraat")
        let csv = try Taakboek.run(["-C", folder.url.path, "reconcile", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("gemeente,periode,peildatum,onderdeel,cijfer,coa,records,verschil,"))
        #expect(csv.stdout.contains("Tynaarlo,2025-I,2025-03-01,cijfer,gerealiseerd,7,4,3,"))
        #expect(csv.stdout.contains("\r\n"))
        let markdown = try Taakboek.run(["-C", folder.url.path, "reconcile", "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("## Tynaarlo: Afstemming met het COA: 2025-I, peildatum 2025-03-01\n"))
        #expect(markdown.stdout.contains("| Gerealiseerd | 7 | 4 | +3 |"))
        let english = try Taakboek.run(["-C", folder.url.path, "--lang", "en", "reconcile"])
        #expect(english.stdout.contains("Reconciliation with COA") && english.stdout.contains("COA counts 3 more"))
        // The progress table shows COA's figure beside the own count.
        let progress = try Taakboek.run(["-C", folder.url.path, "progress", "--date", "2025-03-20"])
        #expect(progress.stdout.contains("Gerealiseerd volgens COA  COA-peildatum"))
        #expect(progress.stdout.contains("Tynaarlo  2025-I       64                          6                         7  2025-03-01"))
    }

    @Test func noFiguresOrABadDateExitsTwo() throws {
        let folder = try RecordFolder.shipped()
        let none = try Taakboek.run(["-C", folder.url.path, "reconcile"])
        #expect(none.status == 2 && none.stdout.isEmpty)
        #expect(none.stderr.contains("geen COA-stand gevonden"))
        #expect(none.stderr.contains("taakboek new coa of taakboek import coa <bestand>"))
        let date = try Taakboek.run(["-C", folder.url.path, "reconcile", "--date", "maart"])
        #expect(date.status == 2 && date.stderr.contains("'maart' is geen datum"))
        let period = try Taakboek.run(["-C", folder.url.path, "reconcile", "2025-3"])
        #expect(period.status == 2 && period.stderr.contains("'2025-3' is geen periode"))
    }

    /// A correction dated after the peildatum is undone when COA's figure is compared, and
    /// `--as-of` reads the records as they were committed.
    @Test func correctionsAfterThePeildatumAreUndoneAndAsOfReadsHistory() throws {
        let repository = try GitRepository()
        try repository.write(
            "records/tynaarlo/coa/2025-03-01.yaml",
            "# yaml-language-server: $schema=../../../schemas/coa.schema.json\npeildatum: 2025-03-01\nperiode: 2025-I\ntaakstelling: 64\ngerealiseerd: 0\nnog_te_realiseren: 64\nbron: COA\n"
        )
        try repository.git("add", "-A")
        try repository.git(
            "commit", "-qm", "COA maart", environment: ["GIT_COMMITTER_DATE": "2025-03-02T10:00:00+01:00"])
        // Lowered during the period, after the peildatum of the March figures.
        try repository.write(
            "records/tynaarlo/correcties/2025-04-taakstelling-2025-I.yaml",
            "# yaml-language-server: $schema=../../../schemas/correctie.schema.json\ndatum: 2025-04-15\nperiode: 2025-I\nwijzigingen:\n  taakstelling:\n    van: 34\n    naar: 31\n  totaal:\n    van: 64\n    naar: 61\nreden: Landelijk aantal verlaagd (voorbeeld).\nbron: Bericht van het COA (voorbeeld)\n"
        )
        try repository.replace(GitRepository.period, "taakstelling: 34", with: "taakstelling: 31")
        try repository.replace(GitRepository.period, "totaal: 64", with: "totaal: 61")
        try repository.write(
            "records/tynaarlo/coa/2025-05-01.yaml",
            "# yaml-language-server: $schema=../../../schemas/coa.schema.json\npeildatum: 2025-05-01\nperiode: 2025-I\ntaakstelling: 61\ngerealiseerd: 0\nnog_te_realiseren: 61\nbron: COA\n"
        )
        try repository.git("add", "-A")
        try repository.git(
            "commit", "-qm", "Correctie en COA mei", environment: ["GIT_COMMITTER_DATE": "2025-05-02T10:00:00+02:00"])
        let check = try Taakboek.run(["-C", repository.url.path, "check"])
        #expect(!check.stdout.contains("TB902"), "\(check.stdout)")
        let march = try Taakboek.run(["-C", repository.url.path, "reconcile", "2025-I", "--date", "2025-03-31"])
        #expect(march.status == 0, "\(march.stdout)")
        #expect(march.stdout.contains("Taakstelling (opgave)   64       64         0"))
        let may = try Taakboek.run(["-C", repository.url.path, "reconcile", "2025-I"])
        #expect(may.stdout.contains("peildatum 2025-05-01") && may.stdout.contains("61       61         0"))
        let asOf = try Taakboek.run(["-C", repository.url.path, "reconcile", "--as-of", "2025-04-01"])
        #expect(asOf.status == 0 && asOf.stdout.contains("peildatum 2025-03-01"))
        let unknown = try Taakboek.run(["-C", repository.url.path, "reconcile", "--as-of", "geen-revisie"])
        #expect(unknown.status == 2 && !unknown.stderr.isEmpty)
    }
}
