import TaakboekCore

/// totaal (opgave) = achterstand_begin + taakstelling
public struct TotalRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB202", category: .arithmetic,
        name: LocalizedText(nl: "totaal te huisvesten (opgave)", en: "total to house (opgave)"),
        severity: .error,
        summary: LocalizedText(
            nl: "totaal (de opgave) = achterstand_begin + taakstelling.",
            en: "totaal (the opgave) = achterstand_begin + taakstelling."),
        rationale: LocalizedText(
            nl:
                "De opgave van een halfjaar is de achterstand aan het begin plus de nieuwe taakstelling; raadsbrieven noemen dit getal als 'totaal te huisvesten'.",
            en:
                "A half-year's opgave is the backlog at the start plus the new taakstelling; council letters quote it as the 'total to house'."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.period(
                    "2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\ntotaal: ↓63\n")
            ])
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.period(
                    "2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\ntotaal: 64\n")
            ]),
            RuleExample([
                ExampleRecords.period(
                    "2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\n")
            ]),
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        tree.municipalities.flatMap { records in
            records.periods.compactMap { period -> Finding? in
                guard let declared = period.known(.totaal) else { return nil }
                switch period.computedTotal {
                case .missing(let names):
                    return unknownFiguresNote(period, names, what: LocalizedText(nl: "het totaal", en: "the total"))
                case .overflow(let terms):
                    return overflowFinding(declared.location, terms: terms)
                case .value(let computed, let terms):
                    guard computed != declared.value else { return nil }
                    return finding(
                        declared.location,
                        LocalizedText(
                            nl:
                                "totaal klopt niet: achterstand_begin + taakstelling = \(computed), maar er staat \(declared.value)",
                            en:
                                "totaal does not add up: achterstand_begin + taakstelling = \(computed), but the record says \(declared.value)"
                        ),
                        equation: Equation(
                            terms: terms, computed: computed, declaredName: FigureName.totaal.rawValue,
                            declared: declared.value, declaredSource: declared.location))
                }
            }
        }
    }
}
