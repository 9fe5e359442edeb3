import TaakboekCore

/// A placement's kind exists and was in force on its date.
public struct PlacementKindRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB404", category: .counting,
        name: LocalizedText(nl: "soort plaatsing bestaat en geldt", en: "placement kind exists and applies"),
        severity: .error,
        summary: LocalizedText(
            nl: "De soort van een plaatsing staat in schemas/soorten.yaml en gold op de datum van de plaatsing.",
            en: "A placement's kind is listed in schemas/soorten.yaml and was in force on the placement's date."),
        rationale: LocalizedText(
            nl:
                "Regelingen hebben een looptijd: de HAR liep van november 2021 tot (voor zover gevonden) 1 januari 2025, Nidos kleinschalig (amv_kso) telt pas sinds 1 januari 2016. Een plaatsing met een datum vóór geldig_vanaf of na geldig_tot van haar soort telt niet mee voor gehuisvest, de voortgang en de afstemming met het COA. Verandert de wet, pas dan schemas/soorten.yaml aan met bron en geldigheidsdata.",
            en:
                "Schemes have a term: the HAR ran from November 2021 until (as far as found) 1 January 2025, and a Nidos small-scale placement (amv_kso) counts only since 1 January 2016. A placement dated before its kind's geldig_vanaf or after its geldig_tot does not count for gehuisvest, progress or the reconciliation with COA. When the law changes, update schemas/soorten.yaml with source and validity dates."
        ),
        triggering: [
            RuleExample([ExampleRecords.placement("2025-I", "h", "datum: 2025-02-01\nsoort: ↓har\npersonen: 3\n")]),
            RuleExample([ExampleRecords.placement("2025-I", "h", "datum: 2025-02-01\nsoort: ↓hotel\npersonen: 3\n")]),
            // Before the HAR began (November 2021).
            RuleExample([ExampleRecords.placement("2021-II", "h", "datum: 2021-10-15\nsoort: ↓har\npersonen: 3\n")]),
            // Nidos small-scale counts only since 1 January 2016.
            RuleExample([
                ExampleRecords.placement(
                    "2015-II", "kso", "datum: 2015-12\nsoort: ↓amv_kso\npersonen: 1\nleeftijd_15_plus: true\n")
            ]),
        ],
        nonTriggering: [
            RuleExample([ExampleRecords.placement("2024-II", "h", "datum: 2024-12-31\nsoort: har\npersonen: 3\n")]),
            // A month is outside the window only when every day of it is.
            RuleExample([ExampleRecords.placement("2021-II", "h", "datum: 2021-11\nsoort: har\npersonen: 3\n")]),
            RuleExample([
                ExampleRecords.placement(
                    "2016-I", "kso", "datum: 2016-01-01\nsoort: amv_kso\npersonen: 1\nleeftijd_15_plus: true\n")
            ]),
            RuleExample([ExampleRecords.placement("2025-I", "n", "datum: 2025-02-01\nsoort: nareiziger\npersonen: 2\n")]
            ),
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        let known = tree.catalogue.kinds.keys.sorted().joined(separator: ", ")
        return tree.municipalities.flatMap { records in
            records.placements.compactMap { placement -> Finding? in
                guard let soort = placement.soort else { return nil }
                guard let kind = tree.catalogue[soort.value] else {
                    // `Regulier`, `HAR`, `nareizigers`: the kind meant, when one is close.
                    let meant = PlacementCatalogue.closestKind(to: soort.value, among: Array(tree.catalogue.kinds.keys))
                    var found = finding(
                        soort.location,
                        LocalizedText(
                            nl:
                                "onbekende soort plaatsing '\(soort.value)'\(meant.map { "; bedoelt u `\($0)`?" } ?? ""); kies uit: \(known) (zie \(tree.catalogue.path))",
                            en:
                                "unknown placement kind '\(soort.value)'\(meant.map { "; did you mean `\($0)`?" } ?? ""); choose from: \(known) (see \(tree.catalogue.path))"
                        ))
                    found.replacementText = meant
                    return found
                }
                guard let date = placement.datum?.value, !kind.isValid(on: date) else { return nil }
                let window = [
                    kind.validFrom.map { "vanaf \($0.value)" }, kind.validUntil.map { "t/m \($0.value)" },
                ].compactMap { $0 }.joined(separator: " ")
                let windowEN = [
                    kind.validFrom.map { "from \($0.value)" }, kind.validUntil.map { "through \($0.value)" },
                ].compactMap { $0 }.joined(separator: " ")
                return finding(
                    soort.location,
                    LocalizedText(
                        nl:
                            "soort \(soort.value) gold niet op \(date) (geldig \(window)), dus deze plaatsing telt niet mee; kies de soort die toen gold, of pas \(tree.catalogue.path) aan als de regeling is verlengd",
                        en:
                            "kind \(soort.value) was not in force on \(date) (valid \(windowEN)), so this placement does not count; choose the kind that applied then, or update \(tree.catalogue.path) if the scheme was extended"
                    ),
                    related: [
                        RelatedLocation(
                            kind.location, LocalizedText(nl: "definitie van de soort", en: "definition of the kind"))
                    ])
            }
        }
    }
}
