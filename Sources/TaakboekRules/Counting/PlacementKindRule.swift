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
                "Regelingen hebben een looptijd: de HAR liep (voor zover gevonden) tot 1 januari 2025. Een plaatsing van een soort buiten haar geldigheid telt niet zomaar mee. Verandert de wet, pas dan schemas/soorten.yaml aan met bron en geldigheidsdata.",
            en:
                "Schemes have a term: the HAR ran (as far as found) until 1 January 2025. A placement of a kind outside its validity does not simply count. When the law changes, update schemas/soorten.yaml with source and validity dates."
        ),
        triggering: [
            RuleExample([ExampleRecords.placement("2025-I", "h", "datum: 2025-02-01\nsoort: ↓har\npersonen: 3\n")]),
            RuleExample([ExampleRecords.placement("2025-I", "h", "datum: 2025-02-01\nsoort: ↓hotel\npersonen: 3\n")]),
        ],
        nonTriggering: [
            RuleExample([ExampleRecords.placement("2024-II", "h", "datum: 2024-12-31\nsoort: har\npersonen: 3\n")]),
            RuleExample([ExampleRecords.placement("2025-I", "n", "datum: 2025-02-01\nsoort: nareiziger\npersonen: 2\n")]
            ),
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        let known = tree.catalogue.kinds.keys.sorted().joined(separator: ", ")
        return tree.municipalities.flatMap { records in
            records.placements.compactMap { placement -> Finding? in
                guard let soort = placement.soort else { return nil }
                guard let kind = tree.catalogue[soort.value] else {
                    return finding(
                        soort.location,
                        LocalizedText(
                            nl:
                                "onbekende soort plaatsing '\(soort.value)'; kies uit: \(known) (zie \(tree.catalogue.path))",
                            en:
                                "unknown placement kind '\(soort.value)'; choose from: \(known) (see \(tree.catalogue.path))"
                        ))
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
                            "soort \(soort.value) gold niet op \(date) (geldig \(window)); kies de soort die toen gold, of pas \(tree.catalogue.path) aan als de regeling is verlengd",
                        en:
                            "kind \(soort.value) was not in force on \(date) (valid \(windowEN)); choose the kind that applied then, or update \(tree.catalogue.path) if the scheme was extended"
                    ),
                    related: [
                        RelatedLocation(
                            kind.location, LocalizedText(nl: "definitie van de soort", en: "definition of the kind"))
                    ])
            }
        }
    }
}
