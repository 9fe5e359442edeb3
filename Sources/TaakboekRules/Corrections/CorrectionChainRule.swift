import TaakboekCore

/// Per period and figure, corrections in date order form a chain that ends in the current value.
public struct CorrectionChainRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB501", category: .corrections,
        name: LocalizedText(nl: "keten van correcties", en: "chain of corrections"),
        severity: .error,
        summary: LocalizedText(
            nl:
                "Correcties van één periode en cijfer vormen op datum een keten: elke `van` is de vorige `naar`, en de laatste `naar` is de huidige waarde in de periode.",
            en:
                "Corrections of one period and figure form a chain in date order: each `van` is the previous `naar`, and the last `naar` is the period's current value."
        ),
        rationale: LocalizedText(
            nl:
                "Cijfers veranderen achteraf (herberekening van het landelijke aantal, verschuivingen door het COA). Zo is altijd na te gaan wat op een datum gold, wie het wijzigde en waarom. Een gat in de keten betekent een wijziging zonder correctie, of een correctie die niet is doorgevoerd in de periode.",
            en:
                "Figures change after the fact (recalculated national numbers, COA moving credit). The chain shows what held on any date, who changed it and why. A break in the chain means a change without a correction, or a correction not applied to the period."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.closedPeriod("2023-II", begin: 10, taakstelling: 40, gehuisvest: 20),
                ExampleRecords.correction(
                    "2024-01-taakstelling",
                    "datum: 2024-01-15\nperiode: 2023-II\nwijzigingen:\n  taakstelling:\n    van: 45\n    naar: ↓41\nreden: Herberekening landelijk aantal.\nbron: Bericht COA\n"
                ),
            ]),
            RuleExample([
                ExampleRecords.closedPeriod("2023-II", begin: 10, taakstelling: 40, gehuisvest: 20),
                ExampleRecords.correction(
                    "a",
                    "datum: 2024-01-15\nperiode: 2023-II\nwijzigingen:\n  taakstelling:\n    van: 45\n    naar: 42\nreden: Eerste herberekening.\nbron: Bericht COA\n"
                ),
                ExampleRecords.correction(
                    "b",
                    "datum: 2024-02-15\nperiode: 2023-II\nwijzigingen:\n  taakstelling:\n    van: ↓43\n    naar: 40\nreden: Tweede herberekening.\nbron: Bericht COA\n"
                ),
            ]),
            RuleExample([
                ExampleRecords.correction(
                    "a",
                    "datum: 2024-01-15\nperiode: ↓2019-II\nwijzigingen:\n  taakstelling:\n    van: 45\n    naar: 42\nreden: Herberekening.\nbron: Bericht COA\n"
                )
            ]),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.closedPeriod("2023-II", begin: 10, taakstelling: 40, gehuisvest: 20),
                ExampleRecords.correction(
                    "a",
                    "datum: 2024-01-15\nperiode: 2023-II\nwijzigingen:\n  taakstelling:\n    van: 45\n    naar: 42\nreden: Eerste herberekening.\nbron: Bericht COA\n"
                ),
                ExampleRecords.correction(
                    "b",
                    "datum: 2024-02-15\nperiode: 2023-II\nwijzigingen:\n  taakstelling:\n    van: 42\n    naar: 40\nreden: Tweede herberekening.\nbron: Bericht COA\n"
                ),
            ])
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        tree.municipalities.flatMap { records -> [Finding] in
            var findings: [Finding] = []
            let history = FigureHistory(records)
            var chains: Set<String> = []
            for correction in records.corrections {
                guard let periode = correction.periode else { continue }
                guard let period = records.period(periode.value) else {
                    findings.append(
                        finding(
                            periode.location,
                            LocalizedText(
                                nl:
                                    "correctie van periode \(periode.value), maar records/\(records.folder)/perioden/\(periode.value).yaml bestaat niet",
                                en:
                                    "correction of period \(periode.value), but records/\(records.folder)/perioden/\(periode.value).yaml does not exist"
                            )))
                    continue
                }
                for change in correction.changes {
                    guard let figure = change.figure, chains.insert("\(periode.value)/\(figure.rawValue)").inserted
                    else { continue }
                    findings += checkChain(
                        history.steps(period: periode.value, figure: figure), period: period, figure: figure)
                }
            }
            return findings
        }
    }

    private func checkChain(_ steps: [FigureHistory.Step], period: Period, figure: FigureName) -> [Finding] {
        var findings: [Finding] = []
        for (previous, next) in zip(steps, steps.dropFirst()) {
            guard let naar = previous.change.naar, let van = next.change.van, naar.value != van.value else { continue }
            findings.append(
                finding(
                    van.location,
                    LocalizedText(
                        nl:
                            "\(figure.rawValue) van \(period.id.map(String.init(describing:)) ?? "?"): deze correctie gaat uit van \(van.value), maar de vorige correctie (\(previous.correction.path)) zette het op \(naar.value)",
                        en:
                            "\(figure.rawValue) of \(period.id.map(String.init(describing:)) ?? "?"): this correction starts from \(van.value), but the previous correction (\(previous.correction.path)) set it to \(naar.value)"
                    ),
                    related: [
                        RelatedLocation(naar.location, LocalizedText(nl: "vorige correctie", en: "previous correction"))
                    ]))
        }
        guard let last = steps.last, let naar = last.change.naar, let current = period.figure(figure) else {
            return findings
        }
        if naar.value != current.value {
            findings.append(
                finding(
                    naar.location,
                    LocalizedText(
                        nl:
                            "de laatste correctie zet \(figure.rawValue) op \(naar.value), maar \(period.path) zegt \(current.value) (\(current.location.shortDescription)); voer de correctie door in de periode of voeg een correctie toe",
                        en:
                            "the last correction sets \(figure.rawValue) to \(naar.value), but \(period.path) says \(current.value) (\(current.location.shortDescription)); apply the correction to the period or add a correction"
                    ),
                    related: [
                        RelatedLocation(current.location, LocalizedText(nl: "huidige waarde", en: "current value"))
                    ]))
        }
        return findings
    }
}
