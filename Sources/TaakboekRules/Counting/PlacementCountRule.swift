import TaakboekCore

/// The persons of a closed period's counting placements add up to `gehuisvest`.
public struct PlacementCountRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB401", category: .counting,
        name: LocalizedText(nl: "plaatsingen tellen op tot gehuisvest", en: "placements add up to gehuisvest"),
        severity: .error,
        summary: LocalizedText(
            nl:
                "In een afgesloten periode met plaatsingen is de som van de personen van de meetellende plaatsingen gelijk aan gehuisvest.",
            en: "In a closed period with placements, the persons of the counting placements add up to gehuisvest."),
        rationale: LocalizedText(
            nl:
                "Welke soorten meetellen staat in schemas/soorten.yaml: een HAR-plaatsing telt, de latere doorstroom naar een vaste woning niet, nareizigers tellen. Een plaatsing telt ook niet als haar datum buiten de geldigheid van haar soort valt (TB404), of als een amv_kso-plaatsing niet leeftijd_15_plus: true zegt (TB406); zulke plaatsingen worden bij een verschil genoemd. Zijn niet alle plaatsingen als record vastgelegd, zet dan `plaatsingen_onvolledig` met de reden in de periode: het verschil wordt dan een opmerking in plaats van een fout.",
            en:
                "Which kinds count is set in schemas/soorten.yaml: a HAR placement counts, the later move to a permanent home does not, nareizigers count. A placement does not count either when its date lies outside its kind's validity (TB404), or when an amv_kso placement does not say leeftijd_15_plus: true (TB406); a difference names such placements. When not all placements are recorded, set `plaatsingen_onvolledig` with the reason in the period: the difference then becomes a note instead of an error."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.replacing(
                    ExampleRecords.closedPeriod("2024-II", begin: 0, taakstelling: 10, gehuisvest: 5),
                    line: "gehuisvest: 5", with: "gehuisvest: ↓5"),
                ExampleRecords.placement("2024-II", "a", "datum: 2024-09-01\nsoort: regulier\npersonen: 3\n"),
                ExampleRecords.placement("2024-II", "b", "datum: 2024-10-01\nsoort: nareiziger\npersonen: 1\n"),
            ]),
            // A sum that does not fit in 64 bits, also in an open period.
            RuleExample([
                ExampleRecords.period(
                    "2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 0\ntaakstelling: 10\n"),
                ExampleRecords.placement(
                    "2025-I", "a", "datum: 2025-02-01\nsoort: regulier\npersonen: 9223372036854775807\n"),
                ExampleRecords.placement("2025-I", "b", "datum: 2025-03-01\nsoort: regulier\npersonen: ↓1\n"),
            ]),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.closedPeriod("2024-II", begin: 0, taakstelling: 10, gehuisvest: 4),
                ExampleRecords.placement("2024-II", "a", "datum: 2024-09-01\nsoort: har\npersonen: 3\n"),
                ExampleRecords.placement("2024-II", "b", "datum: 2024-10-01\nsoort: nareiziger\npersonen: 1\n"),
                ExampleRecords.placement(
                    "2024-II", "c", "datum: 2024-11-01\nsoort: doorstroom\npersonen: 3\nuit: 2024-II/a\n"),
            ]),
            // A minor under 15 in a Nidos small-scale home does not count (TB406 says so).
            RuleExample([
                ExampleRecords.closedPeriod("2024-II", begin: 0, taakstelling: 10, gehuisvest: 3),
                ExampleRecords.placement("2024-II", "a", "datum: 2024-09-01\nsoort: regulier\npersonen: 2\n"),
                ExampleRecords.placement(
                    "2024-II", "b", "datum: 2024-10-01\nsoort: amv_kso\npersonen: 1\nleeftijd_15_plus: true\n"),
                ExampleRecords.placement(
                    "2024-II", "c", "datum: 2024-11-01\nsoort: amv_kso\npersonen: 1\nleeftijd_15_plus: false\n"),
            ]),
            RuleExample([
                ExampleRecords.closedPeriod(
                    "2024-II", begin: 0, taakstelling: 10, gehuisvest: 9,
                    extra: "plaatsingen_onvolledig: Alleen de HAR-plaatsing is als record vastgelegd.\n"),
                ExampleRecords.placement("2024-II", "a", "datum: 2024-09-01\nsoort: har\npersonen: 3\n"),
            ]),
        ])

    /// Where the running sum first leaves 64 bits: the placement whose persons are most likely mistyped.
    static func firstOverflowing(_ terms: [Equation.Term]) -> SourceLocation? {
        var total = 0
        for term in terms {
            let (next, overflow) = total.addingReportingOverflow(term.value)
            if overflow { return term.source }
            total = next
        }
        return nil
    }

    public func check(_ tree: RecordTree) -> [Finding] {
        tree.municipalities.flatMap { records in
            records.periods.compactMap { period -> Finding? in
                guard let id = period.id else { return nil }
                let placements = records.placements(in: id)
                guard !placements.isEmpty else { return nil }
                let counting = placements.filter(tree.catalogue.counts)
                let excluded = placements.compactMap { placement -> RelatedLocation? in
                    let why: LocalizedText
                    switch tree.catalogue.countingStatus(of: placement) {
                    case .outsideValidity:
                        why = LocalizedText(
                            nl: "telt niet mee: datum buiten de geldigheid van de soort (TB404)",
                            en: "does not count: dated outside the kind's validity (TB404)")
                    case .ageGroupMissing, .under15:
                        why = LocalizedText(
                            nl: "telt niet mee: niet leeftijd_15_plus: true (TB406)",
                            en: "does not count: not leeftijd_15_plus: true (TB406)")
                    default: return nil
                    }
                    return RelatedLocation(placement.soort?.location ?? .file(placement.path), why)
                }
                let terms = counting.enumerated().compactMap { index, placement -> Equation.Term? in
                    guard let personen = placement.personen else { return nil }
                    return Equation.Term(
                        index == 0 ? .start : .plus, placement.id, personen.value, source: personen.location)
                }
                // Also in an open period: progress counts its placements so far.
                guard let sum = CheckedArithmetic.sum(terms.map { (1, $0.value) }) else {
                    return overflowFinding(Self.firstOverflowing(terms) ?? .file(period.path), terms: terms)
                }
                guard period.isClosed else { return nil }
                guard let declared = period.known(.gehuisvest) else {
                    return unknownFiguresNote(
                        period, [.gehuisvest],
                        what: LocalizedText(nl: "de telling van plaatsingen", en: "the count of placements"))
                }
                guard sum != declared.value else { return nil }
                let equation = Equation(
                    terms: terms, computed: sum, declaredName: FigureName.gehuisvest.rawValue, declared: declared.value,
                    declaredSource: declared.location)
                if let reason = period.incompletePlacements {
                    return finding(
                        declared.location,
                        LocalizedText(
                            nl:
                                "de meetellende plaatsingen van \(id) tellen op tot \(sum), gehuisvest is \(declared.value); de periode zegt dat de plaatsingen onvolledig zijn: \(reason.value)",
                            en:
                                "the counting placements of \(id) add up to \(sum), gehuisvest is \(declared.value); the period says its placements are incomplete: \(reason.value)"
                        ),
                        severity: .note, equation: equation, related: excluded)
                }
                return finding(
                    declared.location,
                    LocalizedText(
                        nl:
                            "gehuisvest is \(declared.value), maar de meetellende plaatsingen van \(id) tellen op tot \(sum); voeg de ontbrekende plaatsingen toe, verbeter gehuisvest, of zet `plaatsingen_onvolledig` met de reden",
                        en:
                            "gehuisvest is \(declared.value), but the counting placements of \(id) add up to \(sum); add the missing placements, correct gehuisvest, or set `plaatsingen_onvolledig` with the reason"
                    ),
                    equation: equation, related: excluded)
            }
        }
    }
}
