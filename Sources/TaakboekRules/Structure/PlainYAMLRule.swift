import TaakboekCore

/// Records use plain YAML: no anchors, aliases, tags or deep nesting.
public struct PlainYAMLRule: FileRule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB102", category: .structure,
        name: LocalizedText(nl: "eenvoudige YAML", en: "plain YAML"),
        severity: .error,
        summary: LocalizedText(
            nl:
                "Records gebruiken geen YAML-ankers, -aliassen of -tags, alleen tekst als sleutel, en zijn niet diep genest.",
            en: "Records use no YAML anchors, aliases or tags, only text as keys, and are not deeply nested."),
        rationale: LocalizedText(
            nl:
                "Ankers en aliassen laten één waarde op twee plekken gelden: een wijziging op de ene plek verandert ongemerkt een ander cijfer, en een alias-bom kan een lezer laten vastlopen. Tags laten een programma zelf bepalen wat een waarde is. Schrijf elke waarde gewoon uit.",
            en:
                "Anchors and aliases make one value hold in two places: a change in one place silently changes another figure, and an alias bomb can hang a reader. Tags let a program decide what a value is. Write every value out."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.period(
                    "2024-II", "periode: 2024-II\nstatus: open\nachterstand_begin: ↓&a 3\ntaakstelling: *a\n")
            ]),
            RuleExample([ExampleRecords.period("2024-II", "periode: 2024-II\nstatus: ↓!geheim open\n")]),
            RuleExample([ExampleRecords.period("2024-II", "periode: 2024-II\nstatus: open\ntaakstelling: ↓!!str 5\n")]),
            RuleExample([
                ExampleRecords.period(
                    "2024-II",
                    "periode: 2024-II\nopmerking: " + String(repeating: "[", count: 100)
                        + String(repeating: "]", count: 100) + "\n")
            ]),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.period(
                    "2024-II",
                    "periode: 2024-II\nstatus: open\nachterstand_begin: 3\ntaakstelling: 10\nopmerking: \"Zie & en * en ! in tekst\"\n"
                )
            ])
        ])

    public func check(file: RecordFile) -> [Finding] {
        parseProblemFindings(.forbiddenFeature, in: file)
    }
}
