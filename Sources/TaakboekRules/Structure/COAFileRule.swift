import TaakboekCore

/// COA's figures are stored under their peildatum, and that day lies in the period they are about
/// or is the day after it (the overview of 1 January or 1 July may still be about the half-year
/// that just ended).
public struct COAFileRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB111", category: .structure,
        name: LocalizedText(nl: "bestandsnaam en peildatum van een COA-stand", en: "file name and date of COA figures"),
        severity: .error,
        summary: LocalizedText(
            nl:
                "Een COA-stand staat in coa/<JJJJ-MM-DD>.yaml, `peildatum` is gelijk aan die naam en ligt in de `periode` of op de dag erna.",
            en:
                "COA figures are stored in coa/<YYYY-MM-DD>.yaml, `peildatum` equals that name and lies in the `periode` or on the day after it."
        ),
        rationale: LocalizedText(
            nl:
                "Het COA publiceert zijn overzicht per gemeente op de eerste dag van elke maand. Wie een stand zoekt, zoekt op datum; een kopie van vorige maand waarin de peildatum niet is aangepast, of een stand bij het verkeerde halfjaar, zou anders stil de verkeerde maand vergelijken. Het overzicht van 1 januari of 1 juli kan nog over het afgelopen halfjaar gaan.",
            en:
                "COA publishes its overview per municipality on the first day of each month. People look figures up by date; a copy of last month's whose peildatum was not updated, or figures filed under the wrong half-year, would otherwise silently compare the wrong month. The overview of 1 January or 1 July may still be about the half-year that just ended."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.coa(
                    "2025-03-01",
                    "peildatum: ↓2025-02-01\nperiode: 2025-I\ntaakstelling: 64\ngerealiseerd: 12\nnog_te_realiseren: 52\nbron: COA\n"
                )
            ]),
            RuleExample([
                ExampleRecords.coa(
                    "2025-03-01",
                    "peildatum: 2025-03-01\nperiode: ↓2024-II\ntaakstelling: 64\ngerealiseerd: 12\nnog_te_realiseren: 52\nbron: COA\n"
                )
            ]),
            RuleExample([
                (
                    "records/voorbeeld/coa/maart.yaml",
                    ExampleRecords.header("records/voorbeeld/coa/maart.yaml", .coa)
                        + "peildatum: 2025-03-01\nperiode: 2025-I\ntaakstelling: 64\ngerealiseerd: 12\nnog_te_realiseren: 52\nbron: COA\n"
                )
            ]),
        ],
        nonTriggering: [
            RuleExample([ExampleRecords.coa("2025-03-01", periode: "2025-I", taakstelling: 64, gerealiseerd: 12)]),
            // The overview of 1 July about the half-year that just ended.
            RuleExample([ExampleRecords.coa("2025-07-01", periode: "2025-I", taakstelling: 64, gerealiseerd: 60)]),
            RuleExample([ExampleRecords.coa("2025-01-01", periode: "2025-I", taakstelling: 64, gerealiseerd: 0)]),
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        tree.municipalities.flatMap { records in
            records.coaSnapshots.compactMap { snapshot -> Finding? in
                let fileName = snapshot.path.split(separator: "/").last.map(String.init) ?? snapshot.path
                guard let fileDate = snapshot.fileDate else {
                    return finding(
                        .file(snapshot.path),
                        LocalizedText(
                            nl:
                                "bestandsnaam \(fileName) is geen peildatum; noem het bestand naar de peildatum, JJJJ-MM-DD.yaml\(snapshot.peildatum.map { ", hier \($0.value).yaml" } ?? "")",
                            en:
                                "file name \(fileName) is not a reference date; name the file after the peildatum, YYYY-MM-DD.yaml\(snapshot.peildatum.map { ", here \($0.value).yaml" } ?? "")"
                        ))
                }
                if let declared = snapshot.peildatum, declared.value != fileDate {
                    return finding(
                        declared.location,
                        LocalizedText(
                            nl:
                                "peildatum \(declared.value) komt niet overeen met de bestandsnaam \(fileName); pas het veld of de bestandsnaam aan",
                            en:
                                "peildatum \(declared.value) does not match the file name \(fileName); change the field or the file name"
                        ))
                }
                guard let periode = snapshot.periode, let day = snapshot.day else { return nil }
                let period = periode.value
                guard day.earliestDayNumber < period.firstDay.earliestDayNumber
                    || day.earliestDayNumber > period.next.firstDay.earliestDayNumber
                else { return nil }
                return finding(
                    periode.location,
                    LocalizedText(
                        nl:
                            "peildatum \(day) ligt niet in \(period) (\(period.firstDay) t/m \(period.lastDay)) en is ook niet de dag erna; controleer welke periode het COA-overzicht noemt (hier \(PeriodID(containing: day)))",
                        en:
                            "peildatum \(day) is not in \(period) (\(period.firstDay) to \(period.lastDay)) nor the day after it; check which period COA's overview names (here \(PeriodID(containing: day)))"
                    ))
            }
        }
    }
}
