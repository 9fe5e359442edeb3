import TaakboekCore

/// Every record matches the schema of its kind in `schemas/`.
public struct SchemaRule: FileRule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB104", category: .structure,
        name: LocalizedText(nl: "volgens het schema", en: "matches its schema"),
        severity: .error,
        summary: LocalizedText(
            nl:
                "Elk record voldoet aan het JSON-schema van zijn soort in schemas/ (velden, typen, verplichte velden, toegestane waarden).",
            en:
                "Every record matches the JSON schema of its kind in schemas/ (fields, types, required fields, allowed values)."
        ),
        rationale: LocalizedText(
            nl:
                "De schema's zijn de ene bron van waarheid: de editor gebruikt ze terwijl je typt (via de regel `# yaml-language-server: $schema=…`) en taakboek check dwingt precies dezelfde bestanden af. Heeft de repository geen schemas/, dan gelden de ingebouwde. Een getal waar tekst hoort: zet de tekst tussen aanhalingstekens; tekst waar een getal hoort: schrijf een geheel getal of `onbekend`.",
            en:
                "The schemas are the one source of truth: the editor uses them while you type (through the `# yaml-language-server: $schema=…` line) and taakboek check enforces exactly the same files. Without schemas/ in the repository, the built-in ones apply. A number where text belongs: quote the text; text where a number belongs: write a whole number or `onbekend`."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.period(
                    "2024-II", "periode: 2024-II\nstatus: open\nachterstand_begin: 3\ntaakstelling: ↓tien\n")
            ]),
            RuleExample([
                ExampleRecords.period(
                    "2024-II", "↓periode: 2024-II\nstatus: afgesloten\nachterstand_begin: 3\ntaakstelling: 10\n")
            ]),
            RuleExample([
                ExampleRecords.period(
                    "2024-II",
                    "periode: 2024-II\nstatus: open\nachterstand_begin: 3\ntaakstelling: 10\n↓achterstand: 4\n")
            ]),
            RuleExample([
                (
                    ExampleRecords.municipalityPath,
                    ExampleRecords.header(ExampleRecords.municipalityPath, .municipality)
                        + "naam: ↓12\ncbs_code: ↓1730\nprovincie: ↓Brabant\n"
                )
            ]),
            RuleExample([ExampleRecords.placement("2024-II", "a", "datum: 2024-09-01\nsoort: regulier\npersonen: ↓0\n")]
            ),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.period(
                    "2024-II", "periode: 2024-II\nstatus: open\nachterstand_begin: -2\ntaakstelling: onbekend\n")
            ]),
            RuleExample([ExampleRecords.municipality]),
        ])

    public func check(file: RecordFile) -> [Finding] {
        return file.schemaViolations.map { violation in
            var found = finding(
                SourceLocation(
                    path: file.path, line: violation.line, column: violation.column, length: violation.length),
                violation.message)
            found.replacementText = violation.replacement
            return found
        }
    }
}
