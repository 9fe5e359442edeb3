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
            ]),
            RuleExample([
                ExampleRecords.period(
                    "2025-I",
                    "periode: 2025-I\nstatus: open\nachterstand_begin: 1\ntaakstelling: 9223372036854775807\ntotaal: ↓5\n"
                )
            ]),
            // totaal: onbekend while it follows from known figures: a warning, and every query
            // shows the sum (`Period.opgave`).
            RuleExample(
                [
                    ExampleRecords.period(
                        "2025-I",
                        "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\ntotaal: ↓onbekend\n")
                ], severity: .warning),
            // No totaal: the opgave the queries compute does not fit either.
            RuleExample([
                ExampleRecords.period(
                    "2025-I",
                    "periode: 2025-I\nstatus: open\nachterstand_begin: 1\ntaakstelling: ↓9223372036854775807\n")
            ]),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.period(
                    "2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\ntotaal: 64\n")
            ]),
            RuleExample([
                ExampleRecords.period(
                    "2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: onbekend\ntotaal: onbekend\n")
            ]),
            RuleExample([
                ExampleRecords.period(
                    "2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\n")
            ]),
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        tree.municipalities.flatMap { records in
            records.periods.compactMap { period -> Finding? in
                guard let declared = period.known(.totaal) else {
                    if let total = period.figure(.totaal), total.value == .unknown,
                        case .value(let computed, let terms) = period.computedTotal
                    {
                        return knownSumFinding(total.location, computed: computed, terms: terms)
                    }
                    // Without totaal the opgave is computed where it is used (the report, the
                    // letters, overview, progress): a sum that does not fit is reported here.
                    guard period.figure(.totaal) == nil, case .overflow(let terms) = period.computedTotal,
                        let last = terms.last?.source
                    else { return nil }
                    return overflowFinding(last, terms: terms)
                }
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

    /// `totaal: onbekend` where achterstand_begin + taakstelling are both known: the sum is the
    /// opgave every query shows, and the record should say it.
    private func knownSumFinding(_ location: SourceLocation, computed: Int, terms: [Equation.Term]) -> Finding {
        finding(
            location,
            LocalizedText(
                nl:
                    "totaal staat op onbekend, maar volgt uit achterstand_begin + taakstelling = \(computed); schrijf totaal: \(computed) (overzichten en rapporten tonen al \(computed))",
                en:
                    "totaal is onbekend, but follows from achterstand_begin + taakstelling = \(computed); write totaal: \(computed) (overviews and reports already show \(computed))"
            ),
            severity: .warning)
    }
}
