import TaakboekCore

/// A doorstroom names an existing, earlier placement of an allowed kind that it moves out of.
public struct DoorstroomOriginRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB402", category: .counting,
        name: LocalizedText(nl: "herkomst van een doorstroom", en: "origin of a doorstroom"),
        severity: .error,
        summary: LocalizedText(
            nl:
                "Een doorstroom noemt in `uit` een bestaande, eerdere plaatsing van een toegestane soort (HAR); andere soorten hebben geen `uit`.",
            en:
                "A doorstroom names in `uit` an existing, earlier placement of an allowed kind (HAR); other kinds have no `uit`."
        ),
        rationale: LocalizedText(
            nl:
                "Doorstroom telt niet opnieuw omdat de personen al bij hun HAR-plaatsing zijn geteld. Dat klopt alleen als die HAR-plaatsing bestaat en eerder was. `uit` is het pad onder plaatsingen/ zonder .yaml, bijvoorbeeld 2024-II/vredestein. Welke soorten een `uit` vereisen staat in schemas/soorten.yaml (vereist_uit, uit_soorten).",
            en:
                "A doorstroom does not count again because its persons were counted at their HAR placement. That holds only if that HAR placement exists and came first. `uit` is the path under plaatsingen/ without .yaml, e.g. 2024-II/vredestein. Which kinds need an `uit` is set in schemas/soorten.yaml (vereist_uit, uit_soorten)."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.placement(
                    "2025-I", "d", "datum: 2025-02-01\nsoort: doorstroom\npersonen: 3\nuit: ↓2024-II/bestaat-niet\n")
            ]),
            RuleExample([
                ExampleRecords.placement("2024-II", "r", "datum: 2024-09-01\nsoort: regulier\npersonen: 3\n"),
                ExampleRecords.placement(
                    "2025-I", "d", "datum: 2025-02-01\nsoort: doorstroom\npersonen: 3\nuit: ↓2024-II/r\n"),
            ]),
            RuleExample([
                ExampleRecords.placement("2025-I", "d", "datum: 2025-02-01\nsoort: ↓doorstroom\npersonen: 3\n")
            ]),
            RuleExample([
                ExampleRecords.placement("2024-II", "h", "datum: 2024-12-01\nsoort: har\npersonen: 3\n"),
                ExampleRecords.placement(
                    "2024-II", "d", "datum: 2024-11-01\nsoort: doorstroom\npersonen: 3\nuit: ↓2024-II/h\n"),
            ]),
            RuleExample([
                ExampleRecords.placement("2024-II", "h", "datum: 2024-09-01\nsoort: har\npersonen: 3\n"),
                ExampleRecords.placement(
                    "2024-II", "r", "datum: 2024-10-01\nsoort: regulier\npersonen: 3\nuit: ↓2024-II/h\n"),
            ]),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.placement("2024-II", "vredestein", "datum: 2024-09\nsoort: har\npersonen: 23\n"),
                ExampleRecords.placement(
                    "2025-I", "d", "datum: 2025-02-01\nsoort: doorstroom\npersonen: 3\nuit: 2024-II/vredestein\n"),
            ])
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        tree.municipalities.flatMap { records in
            records.placements.compactMap { placement -> Finding? in
                guard let soort = placement.soort, let kind = tree.catalogue[soort.value] else { return nil }
                guard kind.requiresOrigin else {
                    guard let uit = placement.uit else { return nil }
                    return finding(
                        uit.location,
                        LocalizedText(
                            nl:
                                "`uit` hoort alleen bij een soort die een herkomst vereist (zoals doorstroom), niet bij \(soort.value); verwijder het of kies de juiste soort",
                            en:
                                "`uit` belongs only to a kind that needs an origin (such as doorstroom), not to \(soort.value); remove it or choose the right kind"
                        ))
                }
                guard let uit = placement.uit else {
                    return finding(
                        soort.location,
                        LocalizedText(
                            nl:
                                "een \(soort.value) noemt in `uit` de plaatsing die wordt verlaten (bijvoorbeeld uit: 2024-II/vredestein)",
                            en:
                                "a \(soort.value) names in `uit` the placement being left (for example uit: 2024-II/vredestein)"
                        ))
                }
                guard let origin = records.placement(id: uit.value) else {
                    return finding(
                        uit.location,
                        LocalizedText(
                            nl:
                                "plaatsing \(uit.value) bestaat niet in records/\(records.folder)/plaatsingen/; controleer periode en bestandsnaam (zonder .yaml)",
                            en:
                                "placement \(uit.value) does not exist in records/\(records.folder)/plaatsingen/; check the period and file name (without .yaml)"
                        ))
                }
                if let originKind = origin.soort?.value, !kind.originKinds.isEmpty,
                    !kind.originKinds.contains(originKind)
                {
                    return finding(
                        uit.location,
                        LocalizedText(
                            nl:
                                "\(uit.value) is een plaatsing van soort \(originKind); een \(soort.value) kan alleen uit \(kind.originKinds.joined(separator: ", ")) komen",
                            en:
                                "\(uit.value) is a placement of kind \(originKind); a \(soort.value) can only come out of \(kind.originKinds.joined(separator: ", "))"
                        ),
                        related: [
                            RelatedLocation(
                                origin.soort?.location ?? .file(origin.path),
                                LocalizedText(nl: "soort van de herkomst", en: "kind of the origin"))
                        ])
                }
                if let date = placement.datum?.value, let originDate = origin.datum?.value,
                    originDate.isCertainlyAfter(date)
                {
                    return finding(
                        uit.location,
                        LocalizedText(
                            nl:
                                "de \(soort.value) (\(date)) is eerder dan de plaatsing \(uit.value) (\(originDate)) die wordt verlaten",
                            en:
                                "the \(soort.value) (\(date)) is earlier than the placement \(uit.value) (\(originDate)) being left"
                        ),
                        related: [
                            RelatedLocation(
                                origin.datum?.location ?? .file(origin.path),
                                LocalizedText(nl: "datum van de herkomst", en: "date of the origin"))
                        ])
                }
                return nil
            }
        }
    }
}
