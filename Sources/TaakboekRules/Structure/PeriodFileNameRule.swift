import TaakboekCore

/// A period's file is named after the period it holds.
public struct PeriodFileNameRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB106", category: .structure,
        name: LocalizedText(nl: "bestandsnaam van een periode", en: "period file name"),
        severity: .error,
        summary: LocalizedText(
            nl: "Een periode staat in perioden/<JJJJ>-<I|II>.yaml en het veld `periode` is gelijk aan die naam.",
            en: "A period is stored in perioden/<YYYY>-<I|II>.yaml and its `periode` field equals that name."),
        rationale: LocalizedText(
            nl:
                "Wie een periode zoekt, zoekt op bestandsnaam; een kopie van vorig halfjaar waarin `periode` niet is aangepast zou anders stil het verkeerde halfjaar beschrijven.",
            en:
                "People look a period up by file name; a copy of last half-year whose `periode` was not updated would otherwise silently describe the wrong half-year."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.period(
                    "2024-II", "periode: ↓2024-I\nstatus: open\nachterstand_begin: 3\ntaakstelling: 10\n")
            ]),
            RuleExample([
                ExampleRecords.period(
                    "2024-2", "periode: 2024-II\nstatus: open\nachterstand_begin: 3\ntaakstelling: 10\n")
            ]),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.period(
                    "2024-II", "periode: 2024-II\nstatus: open\nachterstand_begin: 3\ntaakstelling: 10\n")
            ])
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        tree.municipalities.flatMap { records in
            records.periods.compactMap { period -> Finding? in
                let fileName = period.path.split(separator: "/").last.map(String.init) ?? period.path
                guard let fileID = period.fileID else {
                    return finding(
                        .file(period.path),
                        LocalizedText(
                            nl:
                                "bestandsnaam \(fileName) is geen periode; noem het bestand <JJJJ>-I.yaml of <JJJJ>-II.yaml\(period.periode.map { ", hier \($0.value).yaml" } ?? "")",
                            en:
                                "file name \(fileName) is not a period; name the file <YYYY>-I.yaml or <YYYY>-II.yaml\(period.periode.map { ", here \($0.value).yaml" } ?? "")"
                        ))
                }
                guard let declared = period.periode, declared.value != fileID else { return nil }
                return finding(
                    declared.location,
                    LocalizedText(
                        nl:
                            "periode \(declared.value) komt niet overeen met de bestandsnaam \(fileName); pas het veld of de bestandsnaam aan",
                        en:
                            "period \(declared.value) does not match the file name \(fileName); change the field or the file name"
                    ))
            }
        }
    }
}
