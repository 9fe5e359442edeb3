import TaakboekCore

/// Records of a closed period, corrections and letters are not deleted without a correction.
public struct DeletedRecordRule: ChangeRule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB802", category: .history,
        name: LocalizedText(nl: "verwijderen alleen met een correctie", en: "deleting only with a correction"),
        severity: .error,
        summary: LocalizedText(
            nl:
                "Een record van een periode die bij de basis afgesloten was, een correctie of een brief wordt niet verwijderd, tenzij dezelfde wijziging een correctie van die periode toevoegt.",
            en:
                "A record of a period that was closed at the base, a correction or a letter is not deleted, unless the same change adds a correction of that period."
        ),
        rationale: LocalizedText(
            nl:
                "Wat de raad is verteld en wat is vastgesteld, moet terug te vinden blijven. Verplaatsen (hetzelfde bestand onder een andere naam) is geen verwijderen.",
            en:
                "What the council was told and what was settled must stay traceable. Moving (the same file under another name) is not deleting."
        ),
        triggering: [
            RuleExample(
                [ExampleRecords.closedPeriod("2024-II", begin: 38, taakstelling: 33, gehuisvest: 41)],
                base: [
                    ExampleRecords.closedPeriod("2024-II", begin: 38, taakstelling: 33, gehuisvest: 41),
                    ExampleRecords.placement("2024-II", "vredestein", "datum: 2024-09\nsoort: har\npersonen: 23\n"),
                ])
        ],
        nonTriggering: [
            RuleExample(
                [
                    ExampleRecords.closedPeriod("2024-II", begin: 38, taakstelling: 33, gehuisvest: 41),
                    ExampleRecords.placement("2024-II", "vredestein-har", "datum: 2024-09\nsoort: har\npersonen: 23\n"),
                ],
                base: [
                    ExampleRecords.closedPeriod("2024-II", begin: 38, taakstelling: 33, gehuisvest: 41),
                    ExampleRecords.placement("2024-II", "vredestein", "datum: 2024-09\nsoort: har\npersonen: 23\n"),
                ]),
            RuleExample(
                [
                    ExampleRecords.period(
                        "2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\n")
                ],
                base: [
                    ExampleRecords.period(
                        "2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\n"),
                    ExampleRecords.placement("2025-I", "a", "datum: 2025-02-01\nsoort: regulier\npersonen: 2\n"),
                ]),
        ])

    public func check(_ change: RecordChange) -> [Finding] {
        let currentContents = Set(change.current.files.compactMap(\.contentHash))
        return change.base.municipalities.flatMap { baseRecords -> [Finding] in
            let current = change.current.municipalities.first { $0.folder == baseRecords.folder }
            let explained = Set(
                (current?.corrections ?? []).filter { change.isAdded($0.path) }.compactMap { $0.periode?.value })
            let closed = Set(baseRecords.periods.filter(\.isClosed).compactMap(\.id))
            var deleted: [(path: String, period: PeriodID?, what: LocalizedText)] = []
            for period in baseRecords.periods where period.isClosed {
                deleted.append(
                    (period.path, period.id, LocalizedText(nl: "de afgesloten periode", en: "the closed period")))
            }
            for placement in baseRecords.placements where placement.folderPeriod.map(closed.contains) == true {
                deleted.append(
                    (
                        placement.path, placement.folderPeriod,
                        LocalizedText(
                            nl: "een plaatsing van een afgesloten periode", en: "a placement of a closed period")
                    ))
            }
            for correction in baseRecords.corrections {
                deleted.append(
                    (correction.path, correction.periode?.value, LocalizedText(nl: "een correctie", en: "a correction"))
                )
            }
            for letter in baseRecords.letters {
                deleted.append(
                    (letter.path, letter.periode?.value, LocalizedText(nl: "een raadsbrief", en: "a council letter")))
            }
            return deleted.compactMap { path, period, what -> Finding? in
                guard change.current.file(path) == nil else { return nil }
                // The same text elsewhere: a move, not a deletion.
                if let hash = change.base.file(path)?.contentHash, currentContents.contains(hash) { return nil }
                if let period, explained.contains(period) { return nil }
                return finding(
                    .file(path),
                    LocalizedText(
                        nl:
                            "\(path) (\(what.nl)) is verwijderd ten opzichte van \(change.baseName); zet het terug, of leg in dezelfde wijziging met een correctie van \(period.map(String.init(describing:)) ?? "de periode") uit waarom",
                        en:
                            "\(path) (\(what.en)) is deleted compared with \(change.baseName); restore it, or explain why with a correction of \(period.map(String.init(describing:)) ?? "the period") in the same change"
                    ))
            }
        }
    }
}
