import TaakboekCore

/// A record must be valid YAML, with every key once.
public struct YAMLSyntaxRule: FileRule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB101", category: .structure,
        name: LocalizedText(nl: "geldige YAML", en: "valid YAML"),
        severity: .error,
        summary: LocalizedText(
            nl:
                "Een record is geldige YAML waarin elke sleutel één keer voorkomt; een brief heeft voorwerk tussen twee regels `---`.",
            en:
                "A record is valid YAML in which every key occurs once; a letter has front matter between two `---` lines."
        ),
        rationale: LocalizedText(
            nl:
                "Een syntaxfout of een dubbele sleutel maakt onduidelijk welke waarde geldt: verschillende programma's kiezen verschillend. De melding wijst de plek aan waar de YAML-lezer vastliep; vaak zit de fout er net boven (een vergeten dubbele punt, een verkeerde inspringing). Wat het vaakst voorkomt, en wat u schrijft: een dubbele punt met een spatie in een tekst (`opmerking: In De Hoeve: 3 personen`) beëindigt de sleutel — zet de tekst tussen aanhalingstekens: `opmerking: \"In De Hoeve: 3 personen\"` (de melding geeft de verbeterde regel, en de taalserver zet hem er met één actie neer); een ? als waarde (`gehuisvest: ?`) begint een sleutel — schrijf `onbekend`; een tab om in te springen — gebruik spaties; een aanhalingsteken dat niet wordt gesloten — sluit het op dezelfde regel. Een verkeerd gespelde sleutel (`gehuisvets`), een datum als `10-02-2025` of `10 februari 2025` en een soort als `Regulier` zijn geldige YAML; die meldt het schema (TB104) of de soortregel (TB404), met bedoelt u `gehuisvest`?, 2025-02-10? of `regulier`?",
            en:
                "A syntax error or a duplicate key makes it unclear which value holds: programs choose differently. The message points where the YAML reader got stuck; the mistake is often just above (a missing colon, wrong indentation). The most common ones, and what to write: a colon followed by a space inside a text (`opmerking: In De Hoeve: 3 personen`) ends the key — put the text in quotes: `opmerking: \"In De Hoeve: 3 personen\"` (the message gives the corrected line, and the language server puts it there in one action); a ? as a value (`gehuisvest: ?`) starts a key — write `onbekend`; a tab for indentation — use spaces; a quote that is not closed — close it on the same line. A misspelt key (`gehuisvets`), a date like `10-02-2025` or `10 februari 2025` and a kind like `Regulier` are valid YAML; the schema (TB104) or the kind rule (TB404) reports them, with did you mean `gehuisvest`?, 2025-02-10? or `regulier`?"
        ),
        triggering: [
            RuleExample([ExampleRecords.period("2024-II", "periode: 2024-II\nstatus: open\nachterstand_begin: [1, 2\n")]
            ),
            RuleExample([ExampleRecords.period("2024-II", "periode: 2024-II\n↓status: open\nstatus: afgesloten\n")]),
            // A colon and a space inside a text: the message gives the line in quotes.
            RuleExample([
                ExampleRecords.period(
                    "2024-II", "periode: 2024-II\nstatus: open\nopmerking: Gehuisvest o.a. in De Hoeve↓: 3 personen\n")
            ]),
            RuleExample([(ExampleRecords.letterPath("brief"), "datum: 2025-01-15\n")]),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.period(
                    "2024-II", "periode: 2024-II\nstatus: open\nachterstand_begin: 3\ntaakstelling: 10\n")
            ])
        ])

    public func check(file: RecordFile) -> [Finding] {
        parseProblemFindings(.syntax, in: file)
    }
}
