import TaakboekCore

/// The periods of a municipality follow each other without gaps or duplicates.
public struct PeriodSequenceRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB301", category: .continuity,
        name: LocalizedText(nl: "aaneengesloten perioden", en: "contiguous periods"),
        severity: .error,
        summary: LocalizedText(
            nl: "De perioden van een gemeente sluiten op elkaar aan: geen ontbrekend halfjaar, geen halfjaar dubbel.",
            en: "A municipality's periods follow each other: no half-year missing, none twice."),
        rationale: LocalizedText(
            nl:
                "De achterstand schuift van halfjaar naar halfjaar door; een ontbrekend halfjaar breekt die keten. Zijn de cijfers van een oud halfjaar niet bekend, maak het record dan toch aan en schrijf `onbekend`.",
            en:
                "The backlog carries from half-year to half-year; a missing half-year breaks that chain. When an old half-year's figures are unknown, create the record anyway and write `onbekend`."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.closedPeriod("2024-I", begin: 30, taakstelling: 10, gehuisvest: 2),
                ExampleRecords.period(
                    "2025-I", "↓periode: 2025-I\nstatus: open\nachterstand_begin: 38\ntaakstelling: 34\n"),
            ]),
            RuleExample([
                ExampleRecords.closedPeriod("2024-I", begin: 30, taakstelling: 10, gehuisvest: 2),
                (
                    "records/voorbeeld/perioden/kopie.yaml",
                    ExampleRecords.header("records/voorbeeld/perioden/kopie.yaml", .period)
                        + "↓periode: 2024-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 10\n"
                ),
            ]),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.closedPeriod("2024-I", begin: 30, taakstelling: 10, gehuisvest: 2),
                ExampleRecords.period(
                    "2024-II", "periode: 2024-II\nstatus: open\nachterstand_begin: 38\ntaakstelling: 33\n"),
            ])
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        tree.municipalities.flatMap { records -> [Finding] in
            var findings: [Finding] = []
            let identified = records.periods.compactMap { period in period.id.map { (id: $0, period: period) } }
            for (previous, current) in zip(identified, identified.dropFirst()) {
                let location = current.period.periode?.location.atKey ?? .file(current.period.path)
                if previous.id == current.id {
                    findings.append(
                        finding(
                            location,
                            LocalizedText(
                                nl:
                                    "periode \(current.id) staat twee keer vastgelegd (ook in \(previous.period.path)); houd één record per halfjaar",
                                en:
                                    "period \(current.id) is recorded twice (also in \(previous.period.path)); keep one record per half-year"
                            ),
                            related: [
                                RelatedLocation(
                                    .file(previous.period.path),
                                    LocalizedText(nl: "eerdere vastlegging", en: "earlier record"))
                            ]))
                } else if previous.id.distance(to: current.id) > 1 {
                    let first = previous.id.next
                    let last = current.id.previous
                    let gap = first == last ? "\(first)" : "\(first) t/m \(last)"
                    let gapEN = first == last ? "\(first)" : "\(first) to \(last)"
                    findings.append(
                        finding(
                            location,
                            LocalizedText(
                                nl:
                                    "periode \(gap) ontbreekt tussen \(previous.id) en \(current.id); maak het record aan (met `onbekend` voor onbekende cijfers)",
                                en:
                                    "period \(gapEN) is missing between \(previous.id) and \(current.id); create the record (with `onbekend` for unknown figures)"
                            )))
                }
            }
            return findings
        }
    }
}

extension SourceLocation {
    /// The start of the line: where a finding about a whole field points.
    var atKey: SourceLocation { SourceLocation(path: path, line: line, column: 1, length: 1) }
}
