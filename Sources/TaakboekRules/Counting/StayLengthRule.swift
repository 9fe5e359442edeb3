import TaakboekCore

/// A temporary stay (HAR) lasts no longer than its kind allows.
public struct StayLengthRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB405", category: .counting,
        name: LocalizedText(nl: "verblijfsduur tijdelijke huisvesting", en: "length of a temporary stay"),
        severity: .warning,
        summary: LocalizedText(
            nl:
                "Tussen een HAR-plaatsing en de doorstroom eruit ligt niet meer dan de maximale verblijfsduur (6 maanden).",
            en: "Between a HAR placement and the doorstroom out of it lies no more than the maximum stay (6 months)."),
        rationale: LocalizedText(
            nl:
                "De HAR is bedoeld voor verblijf van ten hoogste 6 maanden. Een langer verblijf is geen telfout, maar wel iets om aan de raad te melden; daarom een waarschuwing. Gemeten wordt van de datum van de plaatsing tot die van de doorstroom; bij data zonder dag alleen als het zeker te lang is.",
            en:
                "The HAR is meant for stays of at most 6 months. A longer stay is no counting error, but something to tell the council; hence a warning. It is measured from the placement's date to the doorstroom's; with dates without a day, only when it is certainly too long."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.placement("2024-II", "vredestein", "datum: 2024-09\nsoort: har\npersonen: 23\n"),
                ExampleRecords.placement(
                    "2025-I", "a", "datum: ↓2025-04-01\nsoort: doorstroom\npersonen: 5\nuit: 2024-II/vredestein\n"),
            ])
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.placement("2024-II", "vredestein", "datum: 2024-09\nsoort: har\npersonen: 23\n"),
                ExampleRecords.placement(
                    "2025-I", "a", "datum: 2025-03-15\nsoort: doorstroom\npersonen: 5\nuit: 2024-II/vredestein\n"),
            ])
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        tree.municipalities.flatMap { records in
            records.placements.compactMap { move -> Finding? in
                guard let uit = move.uit?.value, let date = move.datum,
                    let origin = records.placement(id: uit), let originDate = origin.datum?.value,
                    let originKind = origin.soort.flatMap({ tree.catalogue[$0.value] }),
                    let months = originKind.maximumStayMonths
                else { return nil }
                let limit = originDate.adding(months: months)
                guard date.value.isCertainlyAfter(limit) else { return nil }
                return finding(
                    date.location,
                    LocalizedText(
                        nl:
                            "verblijf in \(uit) (\(originKind.name), vanaf \(originDate)) duurde tot \(date.value): langer dan \(months) maanden",
                        en:
                            "stay in \(uit) (\(originKind.name), from \(originDate)) lasted until \(date.value): longer than \(months) months"
                    ),
                    related: [
                        RelatedLocation(
                            origin.datum?.location ?? .file(origin.path),
                            LocalizedText(nl: "begin van het verblijf", en: "start of the stay"))
                    ])
            }
        }
    }
}
