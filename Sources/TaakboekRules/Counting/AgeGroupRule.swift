import TaakboekCore

/// A Nidos small-scale placement (amv_kso) says whether the minor is 15 or older, and counts only
/// then; no other kind carries the age group.
public struct AgeGroupRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB406", category: .counting,
        name: LocalizedText(nl: "leeftijdsgroep bij Nidos kleinschalig", en: "age group of a Nidos small-scale placement"),
        severity: .error,
        summary: LocalizedText(
            nl:
                "Een plaatsing van een soort die alleen vanaf 15 jaar telt (amv_kso) heeft leeftijd_15_plus: true of false; alleen true telt mee. Andere soorten hebben dat veld niet.",
            en:
                "A placement of a kind that counts only from age 15 (amv_kso) has leeftijd_15_plus: true or false; only true counts. Other kinds do not have that field."
        ),
        rationale: LocalizedText(
            nl:
                "Een alleenstaande minderjarige in een kleinschalige woonvoorziening van Nidos telt alleen mee vanaf 15 jaar, en alleen sinds 1 januari 2016 (COA, Taakstelling gemeenten). Een jongere minderjarige telt later, als die op 18 jaar een eigen woning krijgt: leg dat dan vast als een plaatsing van soort amv_18_zelfstandig. Schrijf de leeftijdsgroep (leeftijd_15_plus: true of false), nooit een geboortedatum: die is een persoonsgegeven. Welke soorten de leeftijdsgroep vereisen staat in schemas/soorten.yaml (vereist_leeftijd_15_plus, telt_later_als). Ontbreekt het veld, dan telt de plaatsing niet mee (fout); bij false telt ze niet mee (waarschuwing: het record klopt, maar de minderjarige telt pas later).",
            en:
                "An unaccompanied minor in a Nidos small-scale group home counts only from age 15, and only since 1 January 2016 (COA, Taakstelling gemeenten). A younger minor counts later, when they get their own home at 18: record that as a placement of kind amv_18_zelfstandig. Write the age group (leeftijd_15_plus: true or false), never a birth date: that is personal data. Which kinds need the age group is set in schemas/soorten.yaml (vereist_leeftijd_15_plus, telt_later_als). Without the field the placement does not count (error); with false it does not count (warning: the record is right, but the minor counts only later)."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.placement("2024-II", "kso", "datum: 2024-09-01\nsoort: ↓amv_kso\npersonen: 2\n")
            ]),
            RuleExample(
                [
                    ExampleRecords.placement(
                        "2024-II", "kso", "datum: 2024-09-01\nsoort: amv_kso\npersonen: 1\nleeftijd_15_plus: ↓false\n")
                ], severity: .warning),
            RuleExample(
                [
                    ExampleRecords.placement(
                        "2024-II", "r", "datum: 2024-09-01\nsoort: regulier\npersonen: 3\nleeftijd_15_plus: ↓true\n")
                ], severity: .warning),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "kso", "datum: 2024-09-01\nsoort: amv_kso\npersonen: 2\nleeftijd_15_plus: true\n")
            ]),
            RuleExample([
                ExampleRecords.placement("2024-II", "achttien", "datum: 2024-10-01\nsoort: amv_18_zelfstandig\npersonen: 1\n")
            ]),
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        let ageKinds = tree.catalogue.kinds.values.filter(\.requiresAgeGroup).map(\.name).sorted()
        return tree.municipalities.flatMap { records in
            records.placements.compactMap { placement -> Finding? in
                guard let soort = placement.soort, let kind = tree.catalogue[soort.value] else { return nil }
                guard kind.requiresAgeGroup else {
                    guard let ageGroup = placement.leeftijd15Plus else { return nil }
                    let kinds = ageKinds.isEmpty ? "amv_kso" : ageKinds.joined(separator: ", ")
                    return finding(
                        ageGroup.location,
                        LocalizedText(
                            nl:
                                "leeftijd_15_plus hoort alleen bij \(kinds), niet bij \(soort.value); verwijder het veld of kies de juiste soort",
                            en:
                                "leeftijd_15_plus belongs only to \(kinds), not to \(soort.value); remove the field or choose the right kind"
                        ),
                        severity: .warning)
                }
                let later = kind.countsLaterAs.map { " (soort \($0))" } ?? ""
                let laterEN = kind.countsLaterAs.map { " (kind \($0))" } ?? ""
                // The field is judged on its own; a date outside the kind's validity is TB404's.
                guard let ageGroup = placement.leeftijd15Plus else {
                    return finding(
                        soort.location,
                        LocalizedText(
                            nl:
                                "een \(soort.value)-plaatsing telt alleen vanaf 15 jaar; voeg leeftijd_15_plus: true toe als de minderjarige 15 of ouder is, anders leeftijd_15_plus: false (nooit een geboortedatum); zonder dit veld telt de plaatsing niet mee",
                            en:
                                "a \(soort.value) placement counts only from age 15; add leeftijd_15_plus: true when the minor is 15 or older, else leeftijd_15_plus: false (never a birth date); without this field the placement does not count"
                        ))
                }
                guard !ageGroup.value else { return nil }
                return finding(
                        ageGroup.location,
                        LocalizedText(
                            nl:
                                "deze \(soort.value)-plaatsing telt niet mee: de minderjarige is jonger dan 15; die telt later, als die op 18 jaar een eigen woning krijgt\(later)",
                            en:
                                "this \(soort.value) placement does not count: the minor is younger than 15; they count later, when they get their own home at 18\(laterEN)"
                        ),
                        severity: .warning)
            }
        }
    }
}
