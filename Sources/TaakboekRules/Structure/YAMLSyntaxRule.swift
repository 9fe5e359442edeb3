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
                "Een syntaxfout of een dubbele sleutel maakt onduidelijk welke waarde geldt: verschillende programma's kiezen verschillend. De melding wijst de plek aan waar de YAML-lezer vastliep; vaak zit de fout er net boven (een vergeten dubbele punt, een verkeerde inspringing).",
            en:
                "A syntax error or a duplicate key makes it unclear which value holds: programs choose differently. The message points where the YAML reader got stuck; the mistake is often just above (a missing colon, wrong indentation)."
        ),
        triggering: [
            RuleExample([ExampleRecords.period("2024-II", "periode: 2024-II\nstatus: open\nachterstand_begin: [1, 2\n")]
            ),
            RuleExample([ExampleRecords.period("2024-II", "periode: 2024-II\n↓status: open\nstatus: afgesloten\n")]),
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
