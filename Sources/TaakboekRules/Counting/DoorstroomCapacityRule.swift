import TaakboekCore

/// No more persons move out of a placement than were placed in it.
public struct DoorstroomCapacityRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB403", category: .counting,
        name: LocalizedText(nl: "niet meer doorstroom dan geplaatst", en: "no more doorstroom than placed"),
        severity: .error,
        summary: LocalizedText(
            nl: "Alle doorstroom uit één plaatsing samen is niet groter dan het aantal personen van die plaatsing.",
            en: "All doorstroom out of one placement together is not larger than that placement's persons."),
        rationale: LocalizedText(
            nl:
                "Wie vanuit de HAR doorstroomt, is eerder in de HAR geplaatst en daar geteld. Meer doorstroom dan plaatsing betekent dat een plaatsing ontbreekt of een doorstroom de verkeerde herkomst noemt. Nareizigers die later bij iemand in de HAR intrekken zijn een eigen plaatsing (soort nareiziger).",
            en:
                "Whoever moves on from the HAR was placed in the HAR earlier and counted there. More doorstroom than placement means a placement is missing or a doorstroom names the wrong origin. Nareizigers who later join someone in the HAR are a placement of their own (kind nareiziger)."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.placement("2024-II", "vredestein", "datum: 2024-09\nsoort: har\npersonen: 23\n"),
                ExampleRecords.placement(
                    "2025-I", "a", "datum: 2025-01-10\nsoort: doorstroom\npersonen: 20\nuit: 2024-II/vredestein\n"),
                ExampleRecords.placement(
                    "2025-I", "b", "datum: 2025-02-10\nsoort: doorstroom\npersonen: ↓4\nuit: 2024-II/vredestein\n"),
            ])
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.placement("2024-II", "vredestein", "datum: 2024-09\nsoort: har\npersonen: 23\n"),
                ExampleRecords.placement(
                    "2025-I", "a", "datum: 2025-01-10\nsoort: doorstroom\npersonen: 20\nuit: 2024-II/vredestein\n"),
                ExampleRecords.placement(
                    "2025-I", "b", "datum: 2025-02-10\nsoort: doorstroom\npersonen: 3\nuit: 2024-II/vredestein\n"),
            ])
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        tree.municipalities.flatMap { records -> [Finding] in
            var outflows: [String: [Placement]] = [:]
            for placement in records.placements {
                guard let uit = placement.uit?.value, let soort = placement.soort?.value,
                    tree.catalogue[soort]?.requiresOrigin == true, placement.personen != nil
                else { continue }
                outflows[uit, default: []].append(placement)
            }
            return outflows.keys.sorted().compactMap { originID -> Finding? in
                guard let origin = records.placement(id: originID), let placed = origin.personen,
                    let moves = outflows[originID]
                else { return nil }
                let ordered = moves.sorted {
                    ($0.datum?.value.earliestDayNumber ?? 0, $0.id) < ($1.datum?.value.earliestDayNumber ?? 0, $1.id)
                }
                let terms = ordered.enumerated().compactMap { index, move -> Equation.Term? in
                    move.personen.map {
                        Equation.Term(index == 0 ? .start : .plus, move.id, $0.value, source: $0.location)
                    }
                }
                guard let moved = CheckedArithmetic.sum(terms.map { (1, $0.value) }) else {
                    return overflowFinding(placed.location, terms: terms)
                }
                guard moved > placed.value, let last = ordered.last?.personen else { return nil }
                return finding(
                    last.location,
                    LocalizedText(
                        nl:
                            "uit \(originID) stromen in totaal \(moved) personen door, maar daar zijn er \(placed.value) geplaatst; controleer de aantallen of de herkomst (`uit`)",
                        en:
                            "a total of \(moved) persons move on out of \(originID), but \(placed.value) were placed there; check the numbers or the origin (`uit`)"
                    ),
                    equation: Equation(
                        terms: terms, computed: moved, declaredName: "personen \(originID)", declared: placed.value,
                        declaredSource: placed.location),
                    related: [
                        RelatedLocation(
                            placed.location, LocalizedText(nl: "geplaatst in \(originID)", en: "placed in \(originID)"))
                    ])
            }
        }
    }
}
