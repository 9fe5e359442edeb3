import TaakboekCore

/// COA's own figures add up: taakstelling − gerealiseerd = nog_te_realiseren.
public struct COAArithmeticRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB901", category: .reconciliation,
        name: LocalizedText(nl: "rekenregel van een COA-stand", en: "arithmetic of COA figures"),
        severity: .error,
        summary: LocalizedText(
            nl: "In een COA-stand geldt: taakstelling − gerealiseerd = nog_te_realiseren.",
            en: "In COA figures: taakstelling − gerealiseerd = nog_te_realiseren."),
        rationale: LocalizedText(
            nl:
                "Het overzicht van het COA geeft drie cijfers die op elkaar aansluiten. Klopt de som niet, dan is bij het overnemen een cijfer verkeerd getypt of uit een andere kolom of maand gehaald; vergelijk het record met het overzicht.",
            en:
                "COA's overview gives three figures that add up. When they do not, a figure was mistyped or taken from another column or month when copied; compare the record with the overview."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.coa(
                    "2025-03-01",
                    "peildatum: 2025-03-01\nperiode: 2025-I\ntaakstelling: 64\ngerealiseerd: 12\nnog_te_realiseren: ↓50\nbron: COA\n"
                )
            ]),
            // Near the limits: reported, never wrapped around.
            RuleExample([
                ExampleRecords.coa(
                    "2025-03-01",
                    "peildatum: 2025-03-01\nperiode: 2025-I\ntaakstelling: ↓-9223372036854775807\ngerealiseerd: 12\nnog_te_realiseren: 0\nbron: COA\n"
                )
            ]),
        ],
        nonTriggering: [
            // An unknown figure is not guessed: only a note that the sum was not checked.
            RuleExample(
                [
                    ExampleRecords.coa(
                        "2025-03-01",
                        "peildatum: 2025-03-01\nperiode: 2025-I\ntaakstelling: 64\ngerealiseerd: onbekend\nnog_te_realiseren: 52\nbron: COA\n"
                    )
                ]),
            RuleExample([ExampleRecords.coa("2025-03-01", periode: "2025-I", taakstelling: 64, gerealiseerd: 12)]),
            // A lead: COA's corrected taakstelling and what is left are negative.
            RuleExample([ExampleRecords.coa("2025-03-01", periode: "2025-I", taakstelling: -3, gerealiseerd: 2)]),
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        tree.municipalities.flatMap { records in
            records.coaSnapshots.compactMap(check)
        }
    }

    private func check(_ snapshot: COASnapshot) -> Finding? {
        let keys = COASnapshot.FigureKey.allCases
        let unknown = keys.filter { snapshot.figure($0)?.value == .unknown }
        if let first = unknown.first, let location = snapshot.figure(first)?.location {
            guard keys.allSatisfy({ snapshot.figure($0) != nil }) else { return nil }
            let list = unknown.map(\.rawValue).joined(separator: ", ")
            return skipped(
                location,
                LocalizedText(
                    nl: "de som van de COA-stand niet gecontroleerd: \(list) \(unknown.count == 1 ? "is" : "zijn") onbekend",
                    en: "the sum of the COA figures not checked: \(list) \(unknown.count == 1 ? "is" : "are") unknown"))
        }
        guard let taakstelling = snapshot.known(.taakstelling), let gerealiseerd = snapshot.known(.gerealiseerd),
            let rest = snapshot.known(.nog_te_realiseren)
        else { return nil }
        let terms = [
            Equation.Term(.start, "taakstelling", taakstelling.value, source: taakstelling.location),
            Equation.Term(.minus, "gerealiseerd", gerealiseerd.value, source: gerealiseerd.location),
        ]
        guard let computed = CheckedArithmetic.sum([(1, taakstelling.value), (-1, gerealiseerd.value)]) else {
            return overflowFinding(taakstelling.location, terms: terms)
        }
        guard computed != rest.value else { return nil }
        return finding(
            rest.location,
            LocalizedText(
                nl:
                    "nog_te_realiseren klopt niet: \(taakstelling.value) − \(gerealiseerd.value) = \(computed), maar er staat \(rest.value); vergelijk de drie cijfers met het overzicht van het COA",
                en:
                    "nog_te_realiseren does not add up: \(taakstelling.value) − \(gerealiseerd.value) = \(computed), but the record says \(rest.value); compare the three figures with COA's overview"
            ),
            equation: Equation(
                terms: terms, computed: computed, declaredName: COASnapshot.FigureKey.nog_te_realiseren.rawValue,
                declared: rest.value, declaredSource: rest.location))
    }
}
