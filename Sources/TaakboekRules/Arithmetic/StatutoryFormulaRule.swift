import TaakboekCore

/// taakstelling = ⌈landelijk × inwoners_gemeente / inwoners_nederland⌉ (art. 29 Huisvestingswet 2014)
public struct StatutoryFormulaRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB203", category: .arithmetic,
        name: LocalizedText(
            nl: "wettelijke berekening van de taakstelling", en: "statutory calculation of the taakstelling"),
        severity: .error,
        summary: LocalizedText(
            nl:
                "Met `berekening`: taakstelling = ⌈landelijk × inwoners_gemeente / inwoners_nederland⌉, naar boven afgerond.",
            en: "With `berekening`: taakstelling = ⌈landelijk × inwoners_gemeente / inwoners_nederland⌉, rounded up."),
        rationale: LocalizedText(
            nl:
                "Art. 29 lid 1 Huisvestingswet 2014: de taakstelling is het landelijke aantal maal het inwonertal van de gemeente gedeeld door dat van Nederland, naar boven afgerond op een hele persoon. De inwonertallen zijn die van het CBS op 1 januari van het jaar vóór het halfjaar. Gemeenten mogen onderling taakstelling verschuiven (lid 2); leg dat dan vast met een correctie.",
            en:
                "Art. 29(1) Huisvestingswet 2014: the taakstelling is the national number times the municipality's population divided by the national population, rounded up to a whole person. Populations are CBS figures on 1 January of the year before the half-year. Municipalities may shift targets between them (paragraph 2); record that with a correction."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.period(
                    "2024-I",
                    "periode: 2024-I\nstatus: open\nachterstand_begin: 3\ntaakstelling: ↓33\nberekening:\n  landelijk: 10000\n  inwoners_gemeente: 30000\n  inwoners_nederland: 10000000\n"
                )
            ]),
            // The quotient does not fit in 64 bits: reported, never wrapped around.
            RuleExample([
                ExampleRecords.period(
                    "2024-I",
                    "periode: 2024-I\nstatus: open\nachterstand_begin: 3\ntaakstelling: 33\nberekening:\n  landelijk: ↓9223372036854775807\n  inwoners_gemeente: 4\n  inwoners_nederland: 2\n"
                )
            ]),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.period(
                    "2024-I",
                    "periode: 2024-I\nstatus: open\nachterstand_begin: 3\ntaakstelling: 31\nberekening:\n  landelijk: 10001\n  inwoners_gemeente: 30000\n  inwoners_nederland: 10000000\n"
                )
            ])
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        tree.municipalities.flatMap { records in
            records.periods.compactMap { period -> Finding? in
                guard let calculation = period.calculation, let landelijk = calculation.landelijk,
                    let inGemeente = calculation.inwonersGemeente, let inNederland = calculation.inwonersNederland
                else { return nil }
                guard let declared = period.known(.taakstelling) else {
                    return unknownFiguresNote(
                        period, [.taakstelling], what: LocalizedText(nl: "de berekening", en: "the calculation"))
                }
                // Values outside the formula's domain are the schema's to report (minimum 0 and 1).
                guard landelijk.value >= 0, inGemeente.value >= 0, inNederland.value > 0 else { return nil }
                guard let computed = calculation.statutoryTaakstelling else {
                    return overflowFinding(
                        landelijk.location, expression: "⌈landelijk × inwoners_gemeente / inwoners_nederland⌉")
                }
                guard computed != declared.value else { return nil }
                return finding(
                    declared.location,
                    LocalizedText(
                        nl:
                            "taakstelling klopt niet met de berekening: ⌈\(landelijk.value) × \(inGemeente.value) / \(inNederland.value)⌉ = \(computed), maar er staat \(declared.value)",
                        en:
                            "taakstelling does not match the calculation: ⌈\(landelijk.value) × \(inGemeente.value) / \(inNederland.value)⌉ = \(computed), but the record says \(declared.value)"
                    ),
                    equation: Equation(
                        terms: [
                            Equation.Term(.start, "landelijk", landelijk.value, source: landelijk.location),
                            Equation.Term(.times, "inwoners_gemeente", inGemeente.value, source: inGemeente.location),
                            Equation.Term(
                                .dividedBy, "inwoners_nederland", inNederland.value, source: inNederland.location),
                        ],
                        rounding: LocalizedText(nl: "naar boven afgerond", en: "rounded up"),
                        computed: computed, declaredName: FigureName.taakstelling.rawValue, declared: declared.value,
                        declaredSource: declared.location))
            }
        }
    }
}
