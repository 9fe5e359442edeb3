import TaakboekCore

/// A figure of a period that was closed at the base changes only with a correction that says so.
public struct ClosedFigureChangeRule: ChangeRule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB801", category: .history,
        name: LocalizedText(
            nl: "afgesloten periode wijzigt alleen met een correctie",
            en: "a closed period changes only with a correction"),
        severity: .error,
        summary: LocalizedText(
            nl:
                "Wijzigt een cijfer van een periode die bij de basis afgesloten was (of wordt ze heropend), dan voegt dezelfde wijziging een correctie toe met de oude waarde als `van` en de nieuwe als `naar`.",
            en:
                "When a figure of a period that was closed at the base changes (or the period is reopened), the same change adds a correction with the old value as `van` and the new one as `naar`."
        ),
        rationale: LocalizedText(
            nl:
                "Een reviewer moet erop kunnen vertrouwen dat een afgesloten periode nooit stil verandert. De basis is bij `--staged` de laatste commit (HEAD), in CI de doelbranch (`--base`). De melding noemt het veld, de oude en de nieuwe waarde en de commit die de oude waarde zette.",
            en:
                "A reviewer must be able to trust that a closed period never changes silently. The base is the last commit (HEAD) for `--staged`, and the target branch in CI (`--base`). The message names the field, the old and new values and the commit that set the old value."
        ),
        triggering: [
            RuleExample(
                [
                    ExampleRecords.replacing(
                        ExampleRecords.closedPeriod("2024-II", begin: 38, taakstelling: 33, gehuisvest: 41),
                        line: "gehuisvest: 41", with: "gehuisvest: ↓42")
                ],
                base: [ExampleRecords.closedPeriod("2024-II", begin: 38, taakstelling: 33, gehuisvest: 41)]),
            RuleExample(
                [
                    ExampleRecords.closedPeriod("2024-II", begin: 38, taakstelling: 33, gehuisvest: 42),
                    ExampleRecords.correction(
                        "gehuisvest",
                        "datum: 2025-03-01\nperiode: 2024-II\nwijzigingen:\n  gehuisvest:\n    van: ↓40\n    naar: 42\n  achterstand_eind:\n    van: 30\n    naar: 29\nreden: Telling COA.\nbron: Bericht COA\n"
                    ),
                ],
                base: [ExampleRecords.closedPeriod("2024-II", begin: 38, taakstelling: 33, gehuisvest: 41)]),
        ],
        nonTriggering: [
            // Two successive corrections in one change (a branch with both): the chain 41 → 42 → 43.
            RuleExample(
                [
                    ExampleRecords.closedPeriod("2024-II", begin: 38, taakstelling: 33, gehuisvest: 43),
                    ExampleRecords.correction(
                        "eerste",
                        "datum: 2025-03-01\nperiode: 2024-II\nwijzigingen:\n  gehuisvest:\n    van: 41\n    naar: 42\n  achterstand_eind:\n    van: 30\n    naar: 29\nreden: Telling COA.\nbron: Bericht COA\n"
                    ),
                    ExampleRecords.correction(
                        "tweede",
                        "datum: 2025-04-01\nperiode: 2024-II\nwijzigingen:\n  gehuisvest:\n    van: 42\n    naar: 43\n  achterstand_eind:\n    van: 29\n    naar: 28\nreden: Nog een telling COA.\nbron: Bericht COA\n"
                    ),
                ],
                base: [ExampleRecords.closedPeriod("2024-II", begin: 38, taakstelling: 33, gehuisvest: 41)]),
            RuleExample(
                [
                    ExampleRecords.closedPeriod("2024-II", begin: 38, taakstelling: 33, gehuisvest: 42),
                    ExampleRecords.correction(
                        "gehuisvest",
                        "datum: 2025-03-01\nperiode: 2024-II\nwijzigingen:\n  gehuisvest:\n    van: 41\n    naar: 42\n  achterstand_eind:\n    van: 30\n    naar: 29\nreden: Telling COA.\nbron: Bericht COA\n"
                    ),
                ],
                base: [ExampleRecords.closedPeriod("2024-II", begin: 38, taakstelling: 33, gehuisvest: 41)]),
            RuleExample(
                [
                    ExampleRecords.period(
                        "2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 35\n")
                ],
                base: [
                    ExampleRecords.period(
                        "2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\n")
                ]),
        ])

    public func check(_ change: RecordChange) -> [Finding] {
        change.base.municipalities.flatMap { baseRecords -> [Finding] in
            guard let currentRecords = change.current.municipalities.first(where: { $0.folder == baseRecords.folder })
            else {
                return []
            }
            let addedCorrections = currentRecords.corrections.filter { change.isAdded($0.path) }
            return baseRecords.periods.flatMap { basePeriod -> [Finding] in
                guard basePeriod.isClosed, let id = basePeriod.id, let current = currentRecords.period(id) else {
                    return []
                }
                var findings: [Finding] = []
                let explaining = addedCorrections.filter { $0.periode?.value == id }
                if current.status?.value == .open, explaining.isEmpty, let status = current.status {
                    findings.append(
                        finding(
                            status.location,
                            LocalizedText(
                                nl:
                                    "periode \(id) was afgesloten in \(change.baseName) en wordt heropend; dat kan alleen met een correctie (correcties/) die uitlegt waarom",
                                en:
                                    "period \(id) was closed in \(change.baseName) and is being reopened; that needs a correction (correcties/) explaining why"
                            )))
                }
                for figure in FigureName.allCases {
                    let old = basePeriod.figure(figure)?.value
                    let new = current.figure(figure)?.value
                    guard old != new, !(current.hasField(figure) && new == nil) else { continue }
                    findings += check(
                        figure, period: id, old: old, new: new, current: current, basePath: basePeriod.path,
                        corrections: explaining, change: change)
                }
                return findings
            }
        }
    }

    /// Whether the added corrections, followed from the old value (each `van` the previous
    /// `naar`), reach the new value: one correction, or several made in one change (e.g. a
    /// branch with two successive corrections of the same figure).
    static func chain(_ changes: [Correction.Change], leadsFrom old: Figure?, to new: Figure?) -> Bool {
        var current = old
        var unused = changes
        while let next = unused.firstIndex(where: { $0.van?.value == current }) {
            current = unused[next].naar?.value
            unused.remove(at: next)
            if current == new { return true }
        }
        return false
    }

    private func check(
        _ figure: FigureName, period: PeriodID, old: Figure?, new: Figure?, current: Period, basePath: String,
        corrections: [Correction], change: RecordChange
    ) -> [Finding] {
        let changes = corrections.flatMap { correction in correction.changes.filter { $0.figure == figure } }
        if Self.chain(changes, leadsFrom: old, to: new) { return [] }
        let oldText = old?.description ?? "(leeg)"
        let newText = new?.description ?? "(leeg)"
        if let mismatched = changes.first, let van = mismatched.van {
            return [
                finding(
                    van.location,
                    LocalizedText(
                        nl:
                            "deze correctie van \(figure.rawValue) (\(period)) gaat van \(van.value) naar \(mismatched.naar?.value.description ?? "?"), maar de wijziging is van \(oldText) naar \(newText)",
                        en:
                            "this correction of \(figure.rawValue) (\(period)) goes from \(van.value) to \(mismatched.naar?.value.description ?? "?"), but the change is from \(oldText) to \(newText)"
                    ))
            ]
        }
        let provenance = change.provenance.lastChange(of: figure, inFile: basePath)
        let setBy = provenance.map { "; de oude waarde is gezet in commit \($0.description)" } ?? ""
        let setByEN = provenance.map { "; the old value was set in commit \($0.description)" } ?? ""
        let location = current.figure(figure)?.location ?? current.periode?.location ?? .file(current.path)
        return [
            finding(
                location,
                LocalizedText(
                    nl:
                        "\(figure.rawValue) van \(period) wijzigt van \(oldText) naar \(newText), maar de periode was afgesloten in \(change.baseName); voeg in dezelfde wijziging een correctie toe (correcties/) met \(figure.rawValue): {van: \(oldText), naar: \(newText)}, reden en bron\(setBy)",
                    en:
                        "\(figure.rawValue) of \(period) changes from \(oldText) to \(newText), but the period was closed in \(change.baseName); add a correction in the same change (correcties/) with \(figure.rawValue): {van: \(oldText), naar: \(newText)}, a reason and a source\(setByEN)"
                ))
        ]
    }
}
