import TaakboekCore

/// The lines of one reconciliation as every format prints them: COA's three figures beside the
/// records' (with the difference, COA minus records), the placements on either side of the
/// peildatum, and what to check.
struct ReconciliationLines: Sendable {
    struct FigureLine: Sendable {
        let key: String
        let title: LocalizedText
        let coa: Int?
        let records: Int?
        /// COA minus records; nil when either is unknown (or the difference does not fit in 64 bits).
        var difference: Int? {
            guard let coa, let records else { return nil }
            let (value, overflow) = coa.subtractingReportingOverflow(records)
            return overflow ? nil : value
        }
    }

    enum Side: String, Sendable, CaseIterable {
        case before = "voor_peildatum"
        case later = "op_of_na_peildatum"
        case uncertain = "onzeker"

        func title(_ peildatum: PartialDate) -> LocalizedText {
            switch self {
            case .before:
                LocalizedText(
                    nl: "Meetellende plaatsingen vóór \(peildatum) (de eigen telling)",
                    en: "Counting placements before \(peildatum) (the own count)")
            case .later:
                LocalizedText(
                    nl: "Op of na de peildatum (nog niet in dit cijfer van het COA)",
                    en: "On or after the peildatum (not yet in this COA figure)")
            case .uncertain:
                LocalizedText(
                    nl: "Datum te onnauwkeurig om te weten aan welke kant van de peildatum",
                    en: "Date too imprecise to tell which side of the peildatum")
            }
        }
    }

    let reconciliation: COAReconciliation
    let figures: [FigureLine]

    init(_ reconciliation: COAReconciliation) {
        self.reconciliation = reconciliation
        let snapshot = reconciliation.snapshot
        let ownTarget = reconciliation.ownTaakstelling.count == 1 ? reconciliation.ownTaakstelling.first : nil
        let ownRest = ownTarget.flatMap { target in
            reconciliation.ownCount.flatMap { CheckedArithmetic.sum([(1, target), (-1, $0)]) }
        }
        figures = [
            FigureLine(
                key: "taakstelling", title: LocalizedText(nl: "Taakstelling (opgave)", en: "Taakstelling (to house)"),
                coa: snapshot.known(.taakstelling)?.value, records: ownTarget),
            FigureLine(
                key: "gerealiseerd", title: LocalizedText(nl: "Gerealiseerd", en: "Realised"),
                coa: snapshot.known(.gerealiseerd)?.value, records: reconciliation.ownCount),
            FigureLine(
                key: "nog_te_realiseren", title: LocalizedText(nl: "Nog te realiseren", en: "Still to house"),
                coa: snapshot.known(.nog_te_realiseren)?.value, records: ownRest),
        ]
    }

    func placements(_ side: Side) -> [Placement] {
        switch side {
        case .before: reconciliation.counted
        case .later: reconciliation.later
        case .uncertain: reconciliation.uncertain
        }
    }

    var title: LocalizedText {
        let entry = reconciliation
        return LocalizedText(
            nl: "Afstemming met het COA: \(entry.period), peildatum \(entry.peildatum)",
            en: "Reconciliation with COA: \(entry.period), reference date \(entry.peildatum)")
    }

    /// What the clerk should check, in order; "no differences" when there is nothing.
    var checks: [LocalizedText] {
        var checks: [LocalizedText] = []
        let entry = reconciliation
        if entry.record == nil {
            checks.append(
                LocalizedText(
                    nl: "periode \(entry.period) staat niet in de records; voeg haar toe (taakboek new period)",
                    en: "period \(entry.period) is not in the records; add it (taakboek new period)"))
        } else if entry.ownTaakstelling.count > 1 {
            let values = entry.ownTaakstelling.sorted().map(String.init)
            checks.append(
                LocalizedText(
                    nl:
                        "de datum van een correctie is te onnauwkeurig om te weten of die vóór de peildatum lag: de taakstelling volgens de records was \(values.joined(separator: " of "))",
                    en:
                        "a correction's date is too imprecise to tell whether it lay before the peildatum: the records' taakstelling was \(values.joined(separator: " or "))"
                ))
        } else if entry.ownTaakstelling.isEmpty {
            checks.append(
                LocalizedText(
                    nl: "achterstand_begin of taakstelling van \(entry.period) is onbekend in de records",
                    en: "achterstand_begin or taakstelling of \(entry.period) is unknown in the records"))
        }
        if let difference = figures[0].difference, difference != 0 {
            checks.append(COAReconciliation.taakstellingAdvice(difference: difference))
        }
        if let difference = figures[1].difference, difference != 0 {
            checks.append(COAReconciliation.realisedAdvice(difference: difference))
        }
        if let reason = entry.placementsIncomplete {
            checks.append(
                LocalizedText(
                    nl:
                        "de periode zegt dat niet alle plaatsingen als record zijn vastgelegd (\(reason.value)): de eigen telling is een ondergrens",
                    en:
                        "the period says not all placements are recorded (\(reason.value)): the own count is a lower bound"
                ))
        }
        if !entry.uncertain.isEmpty {
            checks.append(
                LocalizedText(
                    nl:
                        "van \(entry.uncertain.count) plaatsing(en) is de datum te onnauwkeurig; geef die als JJJJ-MM of JJJJ-MM-DD",
                    en: "\(entry.uncertain.count) placement(s) have a date too imprecise; give it as YYYY-MM or YYYY-MM-DD"))
        }
        if !entry.later.isEmpty {
            let persons = CheckedArithmetic.sum(entry.later.compactMap { $0.personen.map { (1, $0.value) } })
            checks.append(
                LocalizedText(
                    nl:
                        "\(persons.map(String.init) ?? "?") persoon/personen geplaatst op of na de peildatum: verwacht ze in het volgende overzicht van het COA",
                    en:
                        "\(persons.map(String.init) ?? "?") person(s) placed on or after the peildatum: expect them in COA's next overview"
                ))
        }
        if checks.isEmpty {
            checks.append(LocalizedText(nl: "geen verschillen", en: "no differences"))
        }
        return checks
    }
}
