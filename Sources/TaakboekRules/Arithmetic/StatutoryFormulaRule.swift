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
                "Met `berekening`: taakstelling = ⌈landelijk × inwoners_gemeente / inwoners_nederland⌉, naar boven afgerond. Het landelijke aantal en het inwonertal van Nederland komen uit schemas/landelijk.yaml, tenzij het record ze zelf geeft.",
            en:
                "With `berekening`: taakstelling = ⌈landelijk × inwoners_gemeente / inwoners_nederland⌉, rounded up. The national number and the population of the Netherlands come from schemas/landelijk.yaml unless the record gives them itself."),
        rationale: LocalizedText(
            nl:
                "Art. 29 lid 1 Huisvestingswet 2014: de taakstelling is het landelijke aantal maal het inwonertal van de gemeente gedeeld door dat van Nederland, naar boven afgerond op een hele persoon. De inwonertallen zijn die van het CBS op 1 januari van het jaar vóór het halfjaar. Gemeenten mogen onderling taakstelling verschuiven (lid 2); leg dat dan vast met een correctie. De landelijke aantallen per halfjaar en de inwonertallen van Nederland staan met hun bron in schemas/landelijk.yaml, zodat een gemeente alleen haar eigen inwonertal hoeft te geven. Geeft het record zelf een ander landelijk aantal of inwonertal, dan volgt een waarschuwing; ontbreekt een cijfer in beide, dan een opmerking dat de berekening niet is gecontroleerd. Is het landelijke aantal tijdens het halfjaar herzien (2025-I: eerst 17.700, toen 15.000) en klopt de taakstelling alleen met het eerdere aantal, dan is zij waarschijnlijk niet bijgewerkt: een waarschuwing, met de weg naar een correctie.",
            en:
                "Art. 29(1) Huisvestingswet 2014: the taakstelling is the national number times the municipality's population divided by the national population, rounded up to a whole person. Populations are CBS figures on 1 January of the year before the half-year. Municipalities may shift targets between them (paragraph 2); record that with a correction. The national numbers per half-year and the populations of the Netherlands are in schemas/landelijk.yaml with their sources, so a municipality only gives its own population. A record that gives a different national number or population itself gets a warning; a figure missing from both gets a note that the calculation was not checked. When the national number was revised during the half-year (2025-I: first 17,700, then 15,000) and the taakstelling matches only the earlier number, it was probably not updated: a warning, with the way to a correction."
        ),
        triggering: [
            // Every input typed in the record (a half-year the national file does not have).
            RuleExample([
                ExampleRecords.period(
                    "2016-I",
                    "periode: 2016-I\nstatus: open\nachterstand_begin: 3\ntaakstelling: ↓33\nberekening:\n  landelijk: 10000\n  inwoners_gemeente: 30000\n  inwoners_nederland: 10000000\n"
                )
            ]),
            // The quotient does not fit in 64 bits: reported, never wrapped around.
            RuleExample([
                ExampleRecords.period(
                    "2016-I",
                    "periode: 2016-I\nstatus: open\nachterstand_begin: 3\ntaakstelling: 33\nberekening:\n  landelijk: ↓9223372036854775807\n  inwoners_gemeente: 4\n  inwoners_nederland: 2\n"
                )
            ]),
            // Only the municipality's population: the national number and population from schemas/landelijk.yaml.
            RuleExample([
                nationalFile,
                ExampleRecords.period(
                    "2030-I",
                    "periode: 2030-I\nstatus: open\nachterstand_begin: 3\ntaakstelling: ↓33\nberekening:\n  inwoners_gemeente: 30000\n"
                ),
            ]),
            // The taakstelling of the national number before it was revised: probably not updated.
            RuleExample(
                [
                    nationalFile,
                    ExampleRecords.period(
                        "2030-I",
                        "periode: 2030-I\nstatus: open\nachterstand_begin: 3\ntaakstelling: ↓36\nberekening:\n  inwoners_gemeente: 30000\n"
                    ),
                ], severity: .warning),
            // A national number typed in the record that the national file does not give.
            RuleExample(
                [
                    nationalFile,
                    ExampleRecords.period(
                        "2030-I",
                        "periode: 2030-I\nstatus: open\nachterstand_begin: 3\ntaakstelling: 33\nberekening:\n  landelijk: ↓11000\n  inwoners_gemeente: 30000\n"
                    ),
                ], severity: .warning),
            // The same for the population of the Netherlands.
            RuleExample(
                [
                    nationalFile,
                    ExampleRecords.period(
                        "2030-I",
                        "periode: 2030-I\nstatus: open\nachterstand_begin: 3\ntaakstelling: 30\nberekening:\n  inwoners_gemeente: 30000\n  inwoners_nederland: ↓10000001\n"
                    ),
                ], severity: .warning),
            // The populations of the wrong reference date (2030-I uses 1 January 2029).
            RuleExample(
                [
                    nationalFile,
                    ExampleRecords.period(
                        "2030-I",
                        "periode: 2030-I\nstatus: open\nachterstand_begin: 3\ntaakstelling: 30\nberekening:\n  inwoners_gemeente: 30000\n  peildatum_inwoners: ↓2030-01-01\n"
                    ),
                ], severity: .warning),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.period(
                    "2016-I",
                    "periode: 2016-I\nstatus: open\nachterstand_begin: 3\ntaakstelling: 31\nberekening:\n  landelijk: 10001\n  inwoners_gemeente: 30000\n  inwoners_nederland: 10000000\n"
                )
            ]),
            RuleExample([
                nationalFile,
                ExampleRecords.period(
                    "2030-I",
                    "periode: 2030-I\nstatus: open\nachterstand_begin: 3\ntaakstelling: 30\nberekening:\n  inwoners_gemeente: 30000\n  peildatum_inwoners: 2029-01-01\n"
                ),
            ]),
        ])

    /// A national file for the examples, so they do not change with the real national numbers.
    private static let nationalFile = (
        "schemas/landelijk.yaml",
        "# yaml-language-server: $schema=landelijk.schema.json\nhalfjaren:\n  2030-I:\n    landelijk: 10000\n    eerder:\n      - landelijk: 12000\n        bron: Voorbeeld\n    bron: Voorbeeld\ninwoners_nederland:\n  2029-01-01:\n    aantal: 10000000\n    bron: Voorbeeld\n"
    )

    public func check(_ tree: RecordTree) -> [Finding] {
        tree.municipalities.flatMap { records in
            records.periods.flatMap { period -> [Finding] in
                guard let calculation = period.calculation, let id = period.id else { return [] }
                return check(period, id: id, calculation, national: tree.nationalFigures)
            }
        }
    }

    private func check(_ period: Period, id: PeriodID, _ calculation: Period.Calculation, national: NationalFigures)
        -> [Finding]
    {
        guard let inGemeente = calculation.inwonersGemeente else { return [] }
        var findings: [Finding] = []
        let number = national.numbers[id]
        let referenceDate = national.populationReferenceDate(of: id)
        let filePopulation = national.population(for: id)

        // What the record types itself is compared with the national file.
        if let typed = calculation.landelijk, let number, typed.value != number.value.value {
            findings.append(nationalNumberDiffers(typed, number, id: id, path: national.path))
        }
        if let typed = calculation.inwonersNederland, let filePopulation, typed.value != filePopulation.value {
            findings.append(populationDiffers(typed, filePopulation, date: referenceDate, path: national.path))
        }
        if let typed = calculation.populationReferenceDate,
            let expected = PartialDate(referenceDate),
            typed.value.isCertainlyBefore(expected) || typed.value.isCertainlyAfter(expected)
        {
            findings.append(
                finding(
                    typed.location,
                    LocalizedText(
                        nl:
                            "peildatum_inwoners \(typed.value) is niet de wettelijke peildatum voor \(id): de inwonertallen zijn die van \(referenceDate) (1 januari van het jaar vóór het halfjaar); neem de inwonertallen van die datum",
                        en:
                            "peildatum_inwoners \(typed.value) is not the statutory reference date for \(id): the populations are those of \(referenceDate) (1 January of the year before the half-year); use the populations of that date"
                    ), severity: .warning))
        }

        guard let landelijk = calculation.landelijk ?? number?.value else {
            findings.append(
                skipped(
                    inGemeente.location,
                    LocalizedText(
                        nl:
                            "berekening niet gecontroleerd: het landelijke aantal voor \(id) staat niet in \(national.path); voeg het daar toe met de bron, of geef `landelijk` onder `berekening`",
                        en:
                            "calculation not checked: the national number for \(id) is not in \(national.path); add it there with its source, or give `landelijk` under `berekening`"
                    )))
            return findings
        }
        guard let inNederland = calculation.inwonersNederland ?? filePopulation else {
            findings.append(
                skipped(
                    inGemeente.location,
                    LocalizedText(
                        nl:
                            "berekening niet gecontroleerd: het inwonertal van Nederland op \(referenceDate) (de peildatum voor \(id)) staat niet in \(national.path); voeg het daar toe met de bron (CBS), of geef `inwoners_nederland` onder `berekening`",
                        en:
                            "calculation not checked: the population of the Netherlands on \(referenceDate) (the reference date for \(id)) is not in \(national.path); add it there with its source (CBS), or give `inwoners_nederland` under `berekening`"
                    )))
            return findings
        }
        guard let declared = period.known(.taakstelling) else {
            if let note = unknownFiguresNote(
                period, [.taakstelling], what: LocalizedText(nl: "de berekening", en: "the calculation"))
            {
                findings.append(note)
            }
            return findings
        }
        // Values outside the formula's domain are the schema's to report (minimum 0 and 1).
        guard landelijk.value >= 0, inGemeente.value >= 0, inNederland.value > 0 else { return findings }
        guard
            let computed = Period.Calculation.statutoryTaakstelling(
                landelijk: landelijk.value, inwonersGemeente: inGemeente.value, inwonersNederland: inNederland.value)
        else {
            findings.append(
                overflowFinding(landelijk.location, expression: "⌈landelijk × inwoners_gemeente / inwoners_nederland⌉"))
            return findings
        }
        guard computed != declared.value else { return findings }
        let equation = Equation(
            terms: [
                Equation.Term(.start, "landelijk", landelijk.value, source: landelijk.location),
                Equation.Term(.times, "inwoners_gemeente", inGemeente.value, source: inGemeente.location),
                Equation.Term(.dividedBy, "inwoners_nederland", inNederland.value, source: inNederland.location),
            ],
            rounding: LocalizedText(nl: "naar boven afgerond", en: "rounded up"),
            computed: computed, declaredName: FigureName.taakstelling.rawValue, declared: declared.value,
            declaredSource: declared.location)

        // The taakstelling of a national number revised since: probably not updated, or kept on purpose.
        if calculation.landelijk == nil, let number,
            let earlier = number.earlier.last(where: {
                Period.Calculation.statutoryTaakstelling(
                    landelijk: $0.value, inwonersGemeente: inGemeente.value, inwonersNederland: inNederland.value)
                    == declared.value
            })
        {
            findings.append(
                finding(
                    declared.location,
                    LocalizedText(
                        nl:
                            "taakstelling \(declared.value) volgt uit het eerdere landelijke aantal \(earlier.value) voor \(id); dat is herzien naar \(landelijk.value), en daarmee geeft de berekening ⌈\(landelijk.value) × \(inGemeente.value) / \(inNederland.value)⌉ = \(computed). Is de taakstelling herzien, leg dat vast met `taakboek new correction`; geldt de oude taakstelling nog, zet dan `landelijk: \(earlier.value)` onder `berekening`",
                        en:
                            "taakstelling \(declared.value) follows from the earlier national number \(earlier.value) for \(id); it was revised to \(landelijk.value), which gives ⌈\(landelijk.value) × \(inGemeente.value) / \(inNederland.value)⌉ = \(computed). If the taakstelling was revised, record it with `taakboek new correction`; if the old taakstelling still holds, set `landelijk: \(earlier.value)` under `berekening`"
                    ), severity: .warning, equation: equation,
                    related: [RelatedLocation(earlier.location, LocalizedText(nl: "het eerdere landelijke aantal", en: "the earlier national number"))]))
            return findings
        }
        findings.append(
            finding(
                declared.location,
                LocalizedText(
                    nl:
                        "taakstelling klopt niet met de berekening: ⌈\(landelijk.value) × \(inGemeente.value) / \(inNederland.value)⌉ = \(computed), maar er staat \(declared.value)",
                    en:
                        "taakstelling does not match the calculation: ⌈\(landelijk.value) × \(inGemeente.value) / \(inNederland.value)⌉ = \(computed), but the record says \(declared.value)"
                ),
                equation: equation))
        return findings
    }

    private func nationalNumberDiffers(
        _ typed: Located<Int>, _ number: NationalFigures.NationalNumber, id: PeriodID, path: String
    ) -> Finding {
        let current = number.value
        let related = [
            RelatedLocation(
                current.location, LocalizedText(nl: "het landelijke aantal in \(path)", en: "the national number in \(path)"))
        ]
        if number.earlier.contains(where: { $0.value == typed.value }) {
            return finding(
                typed.location,
                LocalizedText(
                    nl:
                        "landelijk \(typed.value) is het eerdere landelijke aantal voor \(id), later herzien naar \(current.value) (\(path)); de berekening gebruikt \(typed.value), zoals het record zegt. Is de taakstelling toch herzien, zet landelijk op \(current.value) en leg de nieuwe taakstelling vast met `taakboek new correction`",
                    en:
                        "landelijk \(typed.value) is the earlier national number for \(id), revised later to \(current.value) (\(path)); the calculation uses \(typed.value), as the record says. If the taakstelling was revised after all, set landelijk to \(current.value) and record the new taakstelling with `taakboek new correction`"
                ), severity: .note, related: related)
        }
        return finding(
            typed.location,
            LocalizedText(
                nl:
                    "landelijk \(typed.value) verschilt van het landelijke aantal voor \(id) in \(path): \(current.value); verbeter wat fout is (met de bron), of laat `landelijk` weg om het aantal uit \(path) te gebruiken",
                en:
                    "landelijk \(typed.value) differs from the national number for \(id) in \(path): \(current.value); correct whichever is wrong (with its source), or leave `landelijk` out to use the number in \(path)"
            ), severity: .warning, related: related)
    }

    private func populationDiffers(_ typed: Located<Int>, _ file: Located<Int>, date: String, path: String) -> Finding {
        finding(
            typed.location,
            LocalizedText(
                nl:
                    "inwoners_nederland \(typed.value) verschilt van het inwonertal van Nederland op \(date) in \(path): \(file.value); verbeter wat fout is (met de bron), of laat `inwoners_nederland` weg om het inwonertal uit \(path) te gebruiken",
                en:
                    "inwoners_nederland \(typed.value) differs from the population of the Netherlands on \(date) in \(path): \(file.value); correct whichever is wrong (with its source), or leave `inwoners_nederland` out to use the figure in \(path)"
            ), severity: .warning,
            related: [
                RelatedLocation(
                    file.location,
                    LocalizedText(nl: "het inwonertal in \(path)", en: "the population in \(path)"))
            ])
    }
}
