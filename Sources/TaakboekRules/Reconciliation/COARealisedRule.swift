import TaakboekCore

/// COA's `gerealiseerd` against the municipality's own count: the counting placements of the
/// period dated before the peildatum. COA counts only what was reported to it, so a difference is
/// a warning with the clerk's reconciliation list, not an error.
public struct COARealisedRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB903", category: .reconciliation,
        name: LocalizedText(nl: "gerealiseerd volgens het COA tegen de eigen plaatsingen", en: "COA's gerealiseerd against the placements"),
        severity: .warning,
        summary: LocalizedText(
            nl:
                "Het gerealiseerd van een COA-stand is gelijk aan de personen van de meetellende plaatsingen van de periode met een datum vóór de peildatum.",
            en:
                "The gerealiseerd of COA figures equals the persons of the period's counting placements dated before the peildatum."
        ),
        rationale: LocalizedText(
            nl:
                "Het COA telt alleen wie bij het COA als gehuisvest is gemeld (in het TVS), en kan tegoed tussen gemeenten verschuiven, bijvoorbeeld als een alleenstaande minderjarige verhuist. Daarom is een verschil een waarschuwing: de lijst van afstemming. Controleer per plaatsing of die aan het COA is gemeld en met hoeveel personen, of een plaatsing kort voor de peildatum nog niet verwerkt was, en of het COA iets telt dat niet als plaatsing is vastgelegd. `taakboek reconcile <periode> --date <peildatum>` geeft de hele lijst. Zegt de periode `plaatsingen_onvolledig`, dan is de eigen telling een ondergrens en volgt alleen een opmerking.",
            en:
                "COA counts only who was reported to it as housed (in the TVS), and may move credit between municipalities, for instance when an unaccompanied minor moves. So a difference is a warning: the reconciliation list. Check for each placement whether it was reported to COA and with how many persons, whether a placement shortly before the peildatum was not yet processed, and whether COA counts something not recorded as a placement. `taakboek reconcile <periode> --date <peildatum>` gives the whole list. When the period says `plaatsingen_onvolledig`, the own count is a lower bound and only a note follows."
        ),
        triggering: [
            // COA counts 12; the own placements before 1 March add up to 14.
            RuleExample([
                ExampleRecords.period("2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\n"),
                ExampleRecords.placement(
                    "2025-I", "de-hoeve", "datum: 2025-01-20\nsoort: regulier\npersonen: 9\nbron: Woningcorporatie\n"),
                ExampleRecords.placement(
                    "2025-I", "kerklaan", "datum: 2025-02\nsoort: nareiziger\npersonen: 5\nbron: Woningcorporatie\n"),
                // On the peildatum itself: not in COA's figure of that day.
                ExampleRecords.placement(
                    "2025-I", "stationsweg", "datum: 2025-03-01\nsoort: regulier\npersonen: 4\nbron: Woningcorporatie\n"),
                ExampleRecords.coa(
                    "2025-03-01",
                    "peildatum: 2025-03-01\nperiode: 2025-I\ntaakstelling: 64\ngerealiseerd: ↓12\nnog_te_realiseren: 52\nbron: COA\n"
                ),
            ]),
        ],
        nonTriggering: [
            // Placements not all recorded: only a note, the own count is a lower bound.
            RuleExample(
                [
                    ExampleRecords.period(
                        "2025-I",
                        "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\nplaatsingen_onvolledig: Alleen de plaatsing aan de Brink is vastgelegd.\n"
                    ),
                    ExampleRecords.placement(
                        "2025-I", "brink", "datum: 2025-01-20\nsoort: regulier\npersonen: 9\nbron: Gemeente\n"),
                    ExampleRecords.coa(
                        "2025-03-01",
                        "peildatum: 2025-03-01\nperiode: 2025-I\ntaakstelling: 64\ngerealiseerd: 12\nnog_te_realiseren: 52\nbron: COA\n"
                    ),
                ]),
            // A doorstroom does not count, for COA neither; a placement after the peildatum is not in it.
            // (The HAR ran until 2024-12-31: the stay began in 2024-II.)
            RuleExample([
                ExampleRecords.period("2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\n"),
                ExampleRecords.placement(
                    "2024-II", "hotel", "datum: 2024-12-10\nsoort: har\npersonen: 5\nbron: Gemeente\n"),
                ExampleRecords.placement(
                    "2025-I", "dorpsstraat", "datum: 2025-01-20\nsoort: regulier\npersonen: 12\nbron: Gemeente\n"),
                ExampleRecords.placement(
                    "2025-I", "hotel-naar-brink",
                    "datum: 2025-02-10\nsoort: doorstroom\npersonen: 3\nuit: 2024-II/hotel\nbron: Woningcorporatie\n"),
                ExampleRecords.placement(
                    "2025-I", "stationsweg", "datum: 2025-03-03\nsoort: regulier\npersonen: 4\nbron: Woningcorporatie\n"),
                ExampleRecords.coa("2025-03-01", periode: "2025-I", taakstelling: 64, gerealiseerd: 12),
            ]),
            // Without placement records for the period there is nothing to compare.
            RuleExample([
                ExampleRecords.period("2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\n"),
                ExampleRecords.coa("2025-03-01", periode: "2025-I", taakstelling: 64, gerealiseerd: 12),
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
        guard let coa = snapshot.known(.gerealiseerd),
            let reconciliation = COAReconciliation.of(snapshot, in: records, catalogue: catalogue),
            reconciliation.record != nil
        else { return nil }
        let period = reconciliation.period
        // Without any placement record of the period there is no own count to set beside COA's.
        guard !records.placements(in: period).isEmpty else { return nil }
        let terms = reconciliation.counted.enumerated().compactMap { index, placement -> Equation.Term? in
            guard let personen = placement.personen else { return nil }
            return Equation.Term(index == 0 ? .start : .plus, placement.id, personen.value, source: personen.location)
        }
        guard let own = reconciliation.ownCount else {
            return overflowFinding(coa.location, terms: terms)
        }
        guard own != coa.value || !reconciliation.uncertain.isEmpty else { return nil }
        let equation = Equation(
            terms: terms, computed: own, declaredName: "gerealiseerd COA", declared: coa.value,
            declaredSource: coa.location)
        let related =
            reconciliation.uncertain.map { placement in
                RelatedLocation(
                    placement.datum?.location ?? .file(placement.path),
                    LocalizedText(
                        nl: "\(placement.id): datum te onnauwkeurig om te weten of die vóór de peildatum ligt",
                        en: "\(placement.id): date too imprecise to tell whether it lies before the peildatum"))
            }
            + reconciliation.later.map { placement in
                RelatedLocation(
                    placement.datum?.location ?? .file(placement.path),
                    LocalizedText(
                        nl: "\(placement.id): op of na de peildatum, dus nog niet in dit cijfer van het COA",
                        en: "\(placement.id): on or after the peildatum, so not yet in this COA figure"))
            }
        let day = reconciliation.peildatum
        let command = "taakboek reconcile \(records.folder)/\(period) --date \(day)"
        if let reason = reconciliation.placementsIncomplete {
            guard own != coa.value else { return nil }
            return finding(
                coa.location,
                LocalizedText(
                    nl:
                        "het COA telt \(coa.value) gerealiseerd op \(day), de meetellende plaatsingen van \(period) daarvoor tellen op tot \(own); de periode zegt dat de plaatsingen onvolledig zijn: \(reason.value)",
                    en:
                        "COA counts \(coa.value) realised on \(day), the counting placements of \(period) before it add up to \(own); the period says its placements are incomplete: \(reason.value)"
                ),
                severity: .note, equation: equation, related: related)
        }
        if own == coa.value {
            return finding(
                coa.location,
                LocalizedText(
                    nl:
                        "het COA telt \(coa.value) gerealiseerd op \(day), gelijk aan de plaatsingen met een datum vóór de peildatum, maar van \(reconciliation.uncertain.count) plaatsing(en) is niet te zeggen of die ervoor liggen; geef de datum nauwkeuriger (JJJJ-MM of JJJJ-MM-DD)",
                    en:
                        "COA counts \(coa.value) realised on \(day), equal to the placements dated before the peildatum, but for \(reconciliation.uncertain.count) placement(s) it cannot be told whether they lie before it; give the date more precisely (YYYY-MM or YYYY-MM-DD)"
                ),
                equation: equation, related: related)
        }
        guard let difference = reconciliation.realisedDifference else {
            return overflowFinding(coa.location, expression: "gerealiseerd − \(own)")
        }
        let check = COAReconciliation.realisedAdvice(difference: difference)
        return finding(
            coa.location,
            LocalizedText(
                nl:
                    "het COA telt \(coa.value) gerealiseerd op \(day), maar de meetellende plaatsingen van \(period) met een datum daarvoor tellen op tot \(own); \(check.nl) De hele lijst: \(command)",
                en:
                    "COA counts \(coa.value) realised on \(day), but the counting placements of \(period) dated before it add up to \(own); \(check.en) The whole list: \(command)"
            ),
            equation: equation, related: related)
    }
}
