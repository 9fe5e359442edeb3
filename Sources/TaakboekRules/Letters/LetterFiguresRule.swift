import TaakboekCore

/// Every figure a letter quotes equals the records as they stood on the letter's date.
public struct LetterFiguresRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB601", category: .letters,
        name: LocalizedText(nl: "cijfers in een brief", en: "figures in a letter"),
        severity: .error,
        summary: LocalizedText(
            nl:
                "Elk cijfer in `cijfers` van een brief is gelijk aan de records zoals die op de datum van de brief waren (latere correcties teruggedraaid).",
            en:
                "Every figure in a letter's `cijfers` equals the records as they stood on the letter's date (later corrections undone)."
        ),
        rationale: LocalizedText(
            nl:
                "De raad moet kunnen vertrouwen op de cijfers in een brief, en een historicus moet kunnen zien wat toen bekend was. Een latere correctie maakt een oude brief niet fout: die wordt vergeleken met de stand op zijn eigen datum. taakstelling_volgende en opgave_volgende komen uit de volgende periode.",
            en:
                "The council must be able to trust a letter's figures, and a historian must see what was known then. A later correction does not make an old letter wrong: it is compared with the state on its own date. taakstelling_volgende and opgave_volgende come from the next period."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.closedPeriod("2024-II", begin: 38, taakstelling: 33, gehuisvest: 41),
                ExampleRecords.letter(
                    "2025-raadsbrief",
                    frontMatter:
                        "datum: 2025-01-20\nsoort: raadsinformatiebrief\nperiode: 2024-II\ncijfers:\n  achterstand_begin: 38\n  gehuisvest: ↓40\n"
                ),
            ]),
            RuleExample([
                ExampleRecords.closedPeriod("2024-II", begin: 38, taakstelling: 33, gehuisvest: 41),
                ExampleRecords.letter(
                    "2025-raadsbrief",
                    frontMatter:
                        "datum: 2025-01-20\nsoort: raadsinformatiebrief\nperiode: 2024-II\ncijfers:\n  taakstelling_volgende: ↓34\n"
                ),
            ]),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.closedPeriod("2024-II", begin: 38, taakstelling: 33, gehuisvest: 41),
                ExampleRecords.period(
                    "2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\n"),
                ExampleRecords.letter(
                    "2025-raadsbrief",
                    frontMatter:
                        "datum: 2025-01-20\nsoort: raadsinformatiebrief\nperiode: 2024-II\ncijfers:\n  achterstand_begin: 38\n  taakstelling: 33\n  totaal: 71\n  gehuisvest: 41\n  achterstand_eind: 30\n  taakstelling_volgende: 34\n  opgave_volgende: 64\n"
                ),
            ]),
            // 2025-I's totaal is onbekend, but 30 + 34 is known: the letter's 64 is that opgave.
            RuleExample([
                ExampleRecords.closedPeriod("2024-II", begin: 38, taakstelling: 33, gehuisvest: 41),
                ExampleRecords.period(
                    "2025-I", "periode: 2025-I\nstatus: open\nachterstand_begin: 30\ntaakstelling: 34\ntotaal: onbekend\n"),
                ExampleRecords.letter(
                    "2025-raadsbrief",
                    frontMatter:
                        "datum: 2025-01-20\nsoort: raadsinformatiebrief\nperiode: 2024-II\ncijfers:\n  opgave_volgende: 64\n"
                ),
            ]),
            // The letter quoted 42; a correction after the letter's date changed it to 41.
            RuleExample([
                ExampleRecords.closedPeriod("2024-II", begin: 38, taakstelling: 33, gehuisvest: 41),
                ExampleRecords.correction(
                    "gehuisvest",
                    "datum: 2025-03-01\nperiode: 2024-II\nwijzigingen:\n  gehuisvest:\n    van: 42\n    naar: 41\n  achterstand_eind:\n    van: 29\n    naar: 30\nreden: Telling COA.\nbron: Bericht COA\n"
                ),
                ExampleRecords.letter(
                    "2025-raadsbrief",
                    frontMatter:
                        "datum: 2025-01-20\nsoort: raadsinformatiebrief\nperiode: 2024-II\ncijfers:\n  gehuisvest: 42\n  achterstand_eind: 29\n"
                ),
            ]),
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        tree.municipalities.flatMap { records in
            let history = FigureHistory(records)
            return records.letters.flatMap { letter -> [Finding] in
                guard let date = letter.datum?.value, let periode = letter.periode else { return [] }
                guard records.period(periode.value) != nil else {
                    return [
                        finding(
                            periode.location,
                            LocalizedText(
                                nl:
                                    "de brief gaat over periode \(periode.value), maar records/\(records.folder)/perioden/\(periode.value).yaml bestaat niet",
                                en:
                                    "the letter is about period \(periode.value), but records/\(records.folder)/perioden/\(periode.value).yaml does not exist"
                            ))
                    ]
                }
                return letter.quoted.compactMap { name, quoted in
                    check(quoted, name: name, period: periode.value, date: date, records: records, history: history)
                }
            }
        }
    }

    private func check(
        _ quoted: Located<Figure>, name: Letter.Quoted, period: PeriodID, date: PartialDate,
        records: MunicipalityRecords, history: FigureHistory
    ) -> Finding? {
        let source = LetterSource(name: name, period: period)
        guard let record = records.period(source.period) else {
            return finding(
                quoted.location,
                LocalizedText(
                    nl:
                        "de brief noemt \(name.rawValue), maar periode \(source.period) staat niet in de records; voeg records/\(records.folder)/perioden/\(source.period).yaml toe",
                    en:
                        "the letter quotes \(name.rawValue), but period \(source.period) is not in the records; add records/\(records.folder)/perioden/\(source.period).yaml"
                ))
        }
        let target = record.figure(source.figure)?.location ?? .file(record.path)
        let expected = LetterExpectation.values(source, on: date, record: record, history: history)
        guard !expected.isEmpty else {
            if record.hasField(source.figure) { return nil }
            return finding(
                quoted.location,
                LocalizedText(
                    nl:
                        "de brief noemt \(name.rawValue), maar \(record.path) heeft geen \(source.figure.rawValue); vul het record aan",
                    en:
                        "the letter quotes \(name.rawValue), but \(record.path) has no \(source.figure.rawValue); complete the record"
                ),
                related: [RelatedLocation(target, LocalizedText(nl: "record", en: "record"))])
        }
        guard !expected.contains(quoted.value) else { return nil }
        let values = expected.map(\.description).sorted().joined(separator: " of ")
        let valuesEN = expected.map(\.description).sorted().joined(separator: " or ")
        return finding(
            quoted.location,
            LocalizedText(
                nl:
                    "de brief noemt \(name.rawValue) \(quoted.value), maar op \(date) stond in de records \(values) (\(source.figure.rawValue) van \(source.period), \(target.shortDescription))",
                en:
                    "the letter quotes \(name.rawValue) \(quoted.value), but on \(date) the records said \(valuesEN) (\(source.figure.rawValue) of \(source.period), \(target.shortDescription))"
            ),
            related: [
                RelatedLocation(
                    target,
                    LocalizedText(
                        nl: "het record waar de brief mee moet kloppen", en: "the record the letter must match"))
            ])
    }
}
