import TaakboekCore

/// A placement lies in the folder of the half-year that contains its date.
public struct PlacementFolderRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB107", category: .structure,
        name: LocalizedText(nl: "plaatsing in de map van haar periode", en: "placement in its period's folder"),
        severity: .error,
        summary: LocalizedText(
            nl:
                "Een plaatsing staat in plaatsingen/<periode>/ van het halfjaar waarin haar datum valt; de datum noemt ten minste de maand.",
            en:
                "A placement is stored in plaatsingen/<period>/ of the half-year its date falls in; the date gives at least the month."
        ),
        rationale: LocalizedText(
            nl:
                "De map bepaalt bij welk halfjaar een plaatsing wordt geteld. Een plaatsing van 30 juni in de map van het tweede halfjaar telt anders dubbel of in het verkeerde halfjaar.",
            en:
                "The folder decides which half-year a placement counts for. A placement of 30 June in the second half-year's folder would count in the wrong half-year."
        ),
        triggering: [
            RuleExample([ExampleRecords.placement("2024-II", "a", "datum: ↓2024-06-30\nsoort: regulier\npersonen: 2\n")]
            ),
            RuleExample([ExampleRecords.placement("2024-II", "a", "datum: ↓2024\nsoort: regulier\npersonen: 2\n")]),
            RuleExample([ExampleRecords.placement("najaar", "a", "datum: 2024-09\nsoort: regulier\npersonen: 2\n")]),
        ],
        nonTriggering: [
            RuleExample([ExampleRecords.placement("2024-II", "a", "datum: 2024-07-01\nsoort: regulier\npersonen: 2\n")]
            ),
            RuleExample([ExampleRecords.placement("2024-II", "a", "datum: 2024-09\nsoort: har\npersonen: 23\n")]),
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        tree.municipalities.flatMap { records in
            records.placements.compactMap { placement -> Finding? in
                guard let folderPeriod = placement.folderPeriod else {
                    let folder = placement.id.split(separator: "/").first.map(String.init) ?? ""
                    return finding(
                        .file(placement.path),
                        LocalizedText(
                            nl:
                                "map \(folder) is geen periode; plaatsingen staan in plaatsingen/<JJJJ>-I/ of plaatsingen/<JJJJ>-II/",
                            en:
                                "folder \(folder) is not a period; placements go in plaatsingen/<YYYY>-I/ or plaatsingen/<YYYY>-II/"
                        ))
                }
                guard let datum = placement.datum else { return nil }
                guard datum.value.month != nil else {
                    return finding(
                        datum.location,
                        LocalizedText(
                            nl:
                                "datum \(datum.value) noemt alleen het jaar; vermeld ten minste de maand, zodat duidelijk is in welk halfjaar de plaatsing telt",
                            en:
                                "date \(datum.value) gives only the year; give at least the month, so it is clear which half-year the placement counts in"
                        ))
                }
                let datePeriod = PeriodID(containing: datum.value)
                guard datePeriod != folderPeriod else { return nil }
                return finding(
                    datum.location,
                    LocalizedText(
                        nl:
                            "datum \(datum.value) valt in \(datePeriod), maar de plaatsing staat in de map \(folderPeriod); verplaats het bestand naar plaatsingen/\(datePeriod)/ of verbeter de datum",
                        en:
                            "date \(datum.value) falls in \(datePeriod), but the placement is in folder \(folderPeriod); move the file to plaatsingen/\(datePeriod)/ or correct the date"
                    ))
            }
        }
    }
}
