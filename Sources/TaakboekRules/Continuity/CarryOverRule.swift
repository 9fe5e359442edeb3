import TaakboekCore

/// Each achterstand_eind equals the next period's achterstand_begin.
public struct CarryOverRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB302", category: .continuity,
        name: LocalizedText(nl: "doorschuiven van de achterstand", en: "carrying over the backlog"),
        severity: .error,
        summary: LocalizedText(
            nl: "achterstand_eind van een halfjaar = achterstand_begin van het volgende.",
            en: "A half-year's achterstand_eind = the next half-year's achterstand_begin."),
        rationale: LocalizedText(
            nl:
                "'Achterstanden schuiven automatisch door': de achterstand op 1 juli is het eind van het eerste halfjaar en het begin van het tweede. Verschillen ze, dan is een van beide verkeerd overgenomen of gecorrigeerd zonder het andere aan te passen.",
            en:
                "'Backlogs carry over automatically': the backlog on 1 July ends the first half-year and starts the second. If they differ, one of them was copied wrongly or corrected without the other."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.closedPeriod("2024-II", begin: 38, taakstelling: 33, gehuisvest: 41),
                ExampleRecords.period(
                    "2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: ↓31\ntaakstelling: 34\n"),
            ])
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.closedPeriod("2024-II", begin: 38, taakstelling: 33, gehuisvest: 41),
                ExampleRecords.period(
                    "2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\n"),
            ])
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        tree.municipalities.flatMap { records -> [Finding] in
            let identified = records.periods.compactMap { period in period.id.map { (id: $0, period: period) } }
            return zip(identified, identified.dropFirst()).compactMap { previous, current -> Finding? in
                guard previous.id.next == current.id,
                    let endFigure = previous.period.figure(.achterstand_eind),
                    let beginFigure = current.period.figure(.achterstand_begin)
                else { return nil }
                guard case .known(let end) = endFigure.value, case .known(let begin) = beginFigure.value else {
                    if endFigure.value == .unknown && beginFigure.value == .unknown { return nil }
                    let unknownSide = endFigure.value == .unknown ? endFigure.location : beginFigure.location
                    return skipped(
                        unknownSide,
                        LocalizedText(
                            nl:
                                "doorschuiven van \(previous.id) naar \(current.id) niet gecontroleerd: een van beide achterstanden is onbekend",
                            en:
                                "carry-over from \(previous.id) to \(current.id) not checked: one of the two backlogs is unknown"
                        ))
                }
                guard end != begin else { return nil }
                return finding(
                    beginFigure.location,
                    LocalizedText(
                        nl:
                            "achterstand_begin van \(current.id) is \(begin), maar achterstand_eind van \(previous.id) is \(end) (\(endFigure.location.shortDescription)); de achterstand schuift door, dus beide moeten gelijk zijn",
                        en:
                            "achterstand_begin of \(current.id) is \(begin), but achterstand_eind of \(previous.id) is \(end) (\(endFigure.location.shortDescription)); the backlog carries over, so both must be equal"
                    ),
                    equation: Equation(
                        terms: [
                            Equation.Term(.start, "achterstand_eind \(previous.id)", end, source: endFigure.location)
                        ],
                        computed: end, declaredName: "achterstand_begin \(current.id)", declared: begin,
                        declaredSource: beginFigure.location),
                    related: [
                        RelatedLocation(
                            endFigure.location,
                            LocalizedText(
                                nl: "achterstand_eind van \(previous.id)", en: "achterstand_eind of \(previous.id)"))
                    ])
            }
        }
    }
}
