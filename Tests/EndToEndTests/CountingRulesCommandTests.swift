import Testing

/// The counting rules as they are, through the built binary on a copy of the shipped records.
@Suite("taakboek check: minors and the sub-target")
struct CountingRulesCommandTests {
    static let placementHeader = "# yaml-language-server: $schema=../../../../schemas/plaatsing.schema.json\n"

    @Test func aNidosPlacementWithoutAgeGroupIsAnErrorThatSaysWhatToAdd() throws {
        let folder = try RecordFolder.shipped()
        try folder.write(
            "records/tynaarlo/plaatsingen/2025-I/kso.yaml",
            Self.placementHeader + "datum: 2025-02-01\nsoort: amv_kso\npersonen: 1\n")
        let run = try Taakboek.run(["-C", folder.url.path, "check", "--hide-notes"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("records/tynaarlo/plaatsingen/2025-I/kso.yaml:3:8: fout [TB406]"), "\(run.stdout)")
        #expect(run.stdout.contains("voeg leeftijd_15_plus: true toe"))
    }

    @Test func aMinorUnder15IsAWarningNamingTheLaterKind() throws {
        let folder = try RecordFolder.shipped()
        try folder.write(
            "records/tynaarlo/plaatsingen/2025-I/kso.yaml",
            Self.placementHeader + "datum: 2025-02-01\nsoort: amv_kso\npersonen: 1\nleeftijd_15_plus: false\n")
        let lenient = try Taakboek.run(["-C", folder.url.path, "check", "--hide-notes"])
        #expect(lenient.status == 0, "\(lenient.stdout)")
        #expect(lenient.stdout.contains("waarschuwing [TB406]"))
        #expect(lenient.stdout.contains("soort amv_18_zelfstandig"))
        let english = try Taakboek.run(["-C", folder.url.path, "--lang", "en", "check", "--strict"])
        #expect(english.status == 1)
        #expect(english.stdout.contains("they count later, when they get their own home at 18 (kind amv_18_zelfstandig)"))
    }

    @Test func aSubTargetLargerThanTheTaakstellingIsAnError() throws {
        let folder = try RecordFolder.shipped()
        try folder.replace("records/tynaarlo/perioden/2025-I.yaml", "taakstelling: 34\n", with: "taakstelling: 34\nwaarvan_amv: 35\n")
        let run = try Taakboek.run(["-C", folder.url.path, "check", "--hide-notes"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("fout [TB204] waarvan_amv is 35, meer dan de taakstelling 34"), "\(run.stdout)")
        try folder.replace("records/tynaarlo/perioden/2025-I.yaml", "waarvan_amv: 35", with: "waarvan_amv: 4")
        #expect(try Taakboek.run(["-C", folder.url.path, "check", "--hide-notes"]).status == 0)
    }

    @Test func explainShowsTheNewRules() throws {
        let tb406 = try Taakboek.run(["explain", "TB406"])
        #expect(tb406.status == 0)
        #expect(tb406.stdout.hasPrefix("TB406: leeftijdsgroep bij Nidos kleinschalig\n"))
        #expect(tb406.stdout.contains("leeftijd_15_plus: ↓false"))
        let tb204 = try Taakboek.run(["--lang", "en", "explain", "TB204"])
        #expect(tb204.status == 0)
        #expect(tb204.stdout.contains("waarvan_amv: ↓34"))
    }
}
