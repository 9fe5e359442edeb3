import TaakboekCore
import TaakboekRules

/// A small municipality whose records agree with each other (the checker finds nothing in it): two
/// closed periods and an open one, a HAR placement and the doorstroom out of it, a correction and
/// the council letter on 2024-II. A fuzzed file takes the place of one of them.
enum Companions {
    static let municipalityPath = ExampleRecords.municipalityPath
    static let periodPath = ExampleRecords.periodPath("2024-II")
    static let placementPath = ExampleRecords.placementPath("2024-II", "vredestein")
    static let correctionPath = ExampleRecords.correctionPath("2024-03-taakstelling-2024-I")
    static let letterPath = ExampleRecords.letterPath("2025-raadsinformatiebrief-2024-II")

    static let files: [(path: String, text: String)] = [
        ExampleRecords.municipality,
        ExampleRecords.closedPeriod("2024-I", begin: 30, taakstelling: 40, gehuisvest: 32),
        ExampleRecords.closedPeriod(
            "2024-II", begin: 38, taakstelling: 33, gehuisvest: 41,
            extra: "plaatsingen_onvolledig: Alleen de HAR-plaatsing is vastgelegd.\n"),
        ExampleRecords.period(
            "2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\ntotaal: 64\n"),
        ExampleRecords.placement(
            "2024-II", "vredestein", "datum: 2024-09\nsoort: har\npersonen: 23\nlocatie: Tijdelijk gebouw\n"),
        ExampleRecords.placement(
            "2025-I", "doorstroom", "datum: 2025-02-10\nsoort: doorstroom\npersonen: 3\nuit: 2024-II/vredestein\n"),
        ExampleRecords.correction(
            "2024-03-taakstelling-2024-I",
            "datum: 2024-03-01\nperiode: 2024-I\nwijzigingen:\n  taakstelling: {van: 38, naar: 40}\nreden: Herberekening.\n"
        ),
        ExampleRecords.letter(
            "2025-raadsinformatiebrief-2024-II",
            frontMatter: """
                datum: 2025-02-03
                soort: raadsinformatiebrief
                periode: 2024-II
                cijfers:
                  achterstand_begin: 38
                  taakstelling: 33
                  totaal: 71
                  gehuisvest: 41
                  achterstand_eind: 30
                  taakstelling_volgende: 34
                  opgave_volgende: 64

                """),
    ].map { (path: $0.0, text: $0.1) }

    /// The companions with the file at `path` replaced by (or, for a schemas/ file, given as) `bytes`.
    static func source(replacing path: String, with bytes: [UInt8]) -> InMemorySource {
        var entries = files.filter { $0.path != path }.map {
            SourceEntry(path: $0.path, content: .file(Array($0.text.utf8)))
        }
        entries.append(SourceEntry(path: path, content: .file(bytes)))
        return InMemorySource(entries)
    }
}
