import TaakboekCore

/// COA's corrected taakstelling is the period's start backlog (or lead) plus its new number, as the
/// records stood on the peildatum: corrections dated after it are undone, as letters are checked.
public struct COATaakstellingRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB902", category: .reconciliation,
        name: LocalizedText(nl: "taakstelling van het COA tegen de eigen records", en: "COA's taakstelling against the records"),
        severity: .error,
        summary: LocalizedText(
            nl:
                "De taakstelling in een COA-stand is gelijk aan achterstand_begin + taakstelling van de periode, zoals die op de peildatum in de records stonden.",
            en:
                "The taakstelling in COA figures equals the period's achterstand_begin + taakstelling as the records stood on the peildatum."
        ),
        rationale: LocalizedText(
            nl:
                "Het COA noemt zijn taakstelling gecorrigeerd: de achterstand of voorsprong aan het begin van het halfjaar plus het nieuwe aantal. Dat is het totaal (de opgave) van de periode. Een correctie met een datum na de peildatum wordt teruggedraaid, zoals bij brieven: het COA kon die nog niet kennen. Verschilt het, dan is de stand verkeerd overgenomen, of zijn de records (of het COA) niet bijgewerkt; zoek uit welke, en leg een wijziging van de records vast met een correctie.",
            en:
                "COA calls its taakstelling corrected: the backlog or lead at the start of the half-year plus the new number. That is the period's total (opgave). A correction dated after the peildatum is undone, as for letters: COA could not know it yet. When they differ, the figures were copied wrongly, or the records (or COA) were not updated; find out which, and record a change of the records with a correction."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.period("2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\n"),
                ExampleRecords.coa(
                    "2025-03-01",
                    "peildatum: 2025-03-01\nperiode: 2025-I\ntaakstelling: ↓65\ngerealiseerd: 12\nnog_te_realiseren: 53\nbron: COA\n"
                ),
            ]),
            // A correction dated after the peildatum is undone: on 1 March the taakstelling was 35.
            RuleExample([
                ExampleRecords.period("2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\n"),
                ExampleRecords.correction(
                    "2025-I-taakstelling",
                    "datum: 2025-04-15\nperiode: 2025-I\nwijzigingen:\n  taakstelling:\n    van: 35\n    naar: 34\nreden: Landelijk aantal verlaagd.\nbron: Bericht van het COA\n"
                ),
                ExampleRecords.coa(
                    "2025-03-01",
                    "peildatum: 2025-03-01\nperiode: 2025-I\ntaakstelling: ↓64\ngerealiseerd: 12\nnog_te_realiseren: 52\nbron: COA\n"
                ),
            ]),
            // COA figures for a period that is not in the records.
            RuleExample([
                ExampleRecords.coa(
                    "2025-03-01",
                    "peildatum: 2025-03-01\nperiode: ↓2025-I\ntaakstelling: 64\ngerealiseerd: 12\nnog_te_realiseren: 52\nbron: COA\n"
                )
            ]),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.period("2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\n"),
                ExampleRecords.coa("2025-03-01", periode: "2025-I", taakstelling: 64, gerealiseerd: 12),
            ]),
            // On 1 May the correction of 15 April was known.
            RuleExample([
                ExampleRecords.period("2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\n"),
                ExampleRecords.correction(
                    "2025-I-taakstelling",
                    "datum: 2025-04-15\nperiode: 2025-I\nwijzigingen:\n  taakstelling:\n    van: 35\n    naar: 34\nreden: Landelijk aantal verlaagd.\nbron: Bericht van het COA\n"
                ),
                ExampleRecords.coa("2025-03-01", periode: "2025-I", taakstelling: 65, gerealiseerd: 12),
                ExampleRecords.coa("2025-05-01", periode: "2025-I", taakstelling: 64, gerealiseerd: 20),
            ]),
            // A lead at the start: COA's taakstelling is smaller than the new number.
            RuleExample([
                ExampleRecords.period("2020-I", "periode: 2020-I\nstatus: open\nachterstand_begin: -1\ntaakstelling: 20\n"),
                ExampleRecords.coa("2020-02-01", periode: "2020-I", taakstelling: 19, gerealiseerd: 2),
            ]),
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        tree.municipalities.flatMap { records in
            records.coaSnapshots.compactMap { snapshot in check(snapshot, records, tree.catalogue) }
        }
    }

    private func check(_ snapshot: COASnapshot, _ records: MunicipalityRecords, _ catalogue: PlacementCatalogue)
        -> Finding?
    {
        guard let coa = snapshot.known(.taakstelling),
            let reconciliation = COAReconciliation.of(snapshot, in: records, catalogue: catalogue)
        else { return nil }
        let period = reconciliation.period
        guard let record = reconciliation.record else {
            return finding(
                snapshot.periode?.location ?? .file(snapshot.path),
                LocalizedText(
                    nl:
                        "de COA-stand gaat over \(period), maar records/\(records.folder)/perioden/\(period).yaml bestaat niet; voeg de periode toe (taakboek new period) of verbeter de periode",
                    en:
                        "the COA figures are about \(period), but records/\(records.folder)/perioden/\(period).yaml does not exist; add the period (taakboek new period) or correct the period"
                ))
        }
        let own = reconciliation.ownTaakstelling
        guard !own.isEmpty else {
            if reconciliation.ownTaakstellingTooLarge {
                return overflowFinding(coa.location, expression: "achterstand_begin + taakstelling")
            }
            return skipped(
                coa.location,
                LocalizedText(
                    nl:
                        "taakstelling van het COA niet vergeleken: achterstand_begin, taakstelling en totaal van \(period) zijn onbekend in \(record.path)",
                    en:
                        "COA's taakstelling not compared: achterstand_begin, taakstelling and totaal of \(period) are unknown in \(record.path)"
                ))
        }
        guard !own.contains(coa.value) else { return nil }
        let values = own.sorted().map(String.init)
        let related = [FigureName.achterstand_begin, .taakstelling, .totaal].compactMap { name -> RelatedLocation? in
            record.figure(name).map { RelatedLocation($0.location, LocalizedText("\(name.rawValue) (\(period))")) }
        }
        let history = FigureHistory(records)
        // Any figure of the sum may have been corrected since: the start backlog as well as the number.
        let corrected = [FigureName.achterstand_begin, .taakstelling, .totaal].contains { figure in
            history.steps(period: period, figure: figure)
                .contains { $0.correction.datum?.value.isCertainlyAfter(reconciliation.peildatum) == true }
        }
        let undone = corrected
            ? LocalizedText(
                nl: " (een correctie van na de peildatum is teruggedraaid)",
                en: " (a correction dated after the peildatum is undone)")
            : LocalizedText("")
        var equation: Equation?
        if own.count == 1, let computed = own.first {
            equation = Equation(
                terms: equationTerms(record, period: period, history: history, on: reconciliation.peildatum),
                computed: computed, declaredName: "taakstelling COA", declared: coa.value,
                declaredSource: coa.location)
        }
        return finding(
            coa.location,
            LocalizedText(
                nl:
                    "het COA noemt een taakstelling van \(coa.value) op \(reconciliation.peildatum), maar volgens de records was achterstand_begin + taakstelling van \(period) toen \(values.joined(separator: " of "))\(undone.nl); controleer of de stand goed is overgenomen, of leg een wijziging van de periode vast met een correctie",
                en:
                    "COA gives a taakstelling of \(coa.value) on \(reconciliation.peildatum), but according to the records achterstand_begin + taakstelling of \(period) was \(values.joined(separator: " or ")) then\(undone.en); check that the figures were copied correctly, or record a change of the period with a correction"
            ),
            equation: equation, related: related)
    }

    private func equationTerms(_ record: Period, period: PeriodID, history: FigureHistory, on date: PartialDate)
        -> [Equation.Term]
    {
        let begin = history.values(period: period, figure: .achterstand_begin, on: date).compactMap(\.value)
        let target = history.values(period: period, figure: .taakstelling, on: date).compactMap(\.value)
        guard begin.count == 1, target.count == 1 else {
            let total = history.values(period: period, figure: .totaal, on: date).compactMap(\.value)
            return total.prefix(1).map { Equation.Term(.start, "totaal", $0, source: record.figure(.totaal)?.location) }
        }
        return [
            Equation.Term(.start, "achterstand_begin", begin[0], source: record.figure(.achterstand_begin)?.location),
            Equation.Term(.plus, "taakstelling", target[0], source: record.figure(.taakstelling)?.location),
        ]
    }
}
