import TaakboekCore

/// achterstand_begin + taakstelling − gehuisvest = achterstand_eind
public struct BacklogEquationRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB201", category: .arithmetic,
        name: LocalizedText(nl: "achterstand aan het eind", en: "backlog at the end"),
        severity: .error,
        summary: LocalizedText(
            nl: "achterstand_begin + taakstelling − gehuisvest = achterstand_eind.",
            en: "achterstand_begin + taakstelling − gehuisvest = achterstand_eind."),
        rationale: LocalizedText(
            nl:
                "Wat in een halfjaar niet is gehuisvest, schuift als achterstand door naar het volgende; meer huisvesten dan nodig geeft een voorsprong (negatieve achterstand). Is een van de cijfers onbekend, dan wordt de regel overgeslagen en staat dat als opmerking in de uitvoer.",
            en:
                "What is not housed in a half-year carries over as backlog into the next; housing more than required gives a lead (negative backlog). When one of the figures is unknown, the rule is skipped and the output says so in a note."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.period(
                    "2024-II",
                    "periode: 2024-II\nstatus: afgesloten\nachterstand_begin: 38\ntaakstelling: 33\ngehuisvest: 41\nachterstand_eind: ↓31\n"
                )
            ]),
            RuleExample([
                ExampleRecords.period(
                    "2024-II",
                    "periode: 2024-II\nstatus: afgesloten\nachterstand_begin: 9223372036854775807\ntaakstelling: 33\ngehuisvest: 0\nachterstand_eind: ↓1\n"
                )
            ]),
            // No achterstand_eind: the backlog overview computes does not fit either.
            RuleExample([
                ExampleRecords.period(
                    "2025-I",
                    "periode: 2025-I\nstatus: open\nachterstand_begin: -9223372036854775807\ntaakstelling: 0\ngehuisvest: ↓2\n"
                )
            ]),
        ],
        nonTriggering: [
            RuleExample([ExampleRecords.closedPeriod("2024-II", begin: 38, taakstelling: 33, gehuisvest: 41)]),
            RuleExample([ExampleRecords.closedPeriod("2020-I", begin: -1, taakstelling: 10, gehuisvest: 12)]),
            RuleExample([
                ExampleRecords.period(
                    "2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\n")
            ]),
            RuleExample([
                ExampleRecords.period(
                    "2024-I",
                    "periode: 2024-I\nstatus: afgesloten\nachterstand_begin: 30\ntaakstelling: onbekend\ngehuisvest: onbekend\nachterstand_eind: 38\n"
                )
            ]),
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        tree.municipalities.flatMap { records in
            records.periods.compactMap { period -> Finding? in
                guard let declared = period.known(.achterstand_eind) else {
                    // Without achterstand_eind, overview computes the backlog from these figures:
                    // a sum that does not fit is reported here (unless TB202 reports its first part).
                    guard period.figure(.achterstand_eind) == nil,
                        case .overflow(let terms) = period.computedEndBacklog,
                        case .value = period.computedTotal, let last = terms.last?.source
                    else { return nil }
                    return overflowFinding(last, terms: terms)
                }
                switch period.computedEndBacklog {
                case .missing(let names):
                    return unknownFiguresNote(
                        period, names,
                        what: LocalizedText(nl: "de achterstand aan het eind", en: "the backlog at the end"))
                case .overflow(let terms):
                    return overflowFinding(declared.location, terms: terms)
                case .value(let computed, let terms):
                    guard computed != declared.value else { return nil }
                    let equation = Equation(
                        terms: terms, computed: computed, declaredName: FigureName.achterstand_eind.rawValue,
                        declared: declared.value, declaredSource: declared.location)
                    return finding(
                        declared.location,
                        LocalizedText(
                            nl:
                                "achterstand_eind klopt niet: achterstand_begin + taakstelling − gehuisvest = \(computed), maar er staat \(declared.value)",
                            en:
                                "achterstand_eind does not add up: achterstand_begin + taakstelling − gehuisvest = \(computed), but the record says \(declared.value)"
                        ),
                        equation: equation)
                }
            }
        }
    }
}
