import TaakboekCore

/// Numbers are written as plain decimal integers.
public struct NumberNotationRule: FileRule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB103", category: .structure,
        name: LocalizedText(nl: "getallen als gewone gehele getallen", en: "numbers as plain integers"),
        severity: .error,
        summary: LocalizedText(
            nl: "Aantallen staan er als gewone gehele getallen: niet als 1e3, 0x1F, 012, +5, 3.0 of .inf.",
            en: "Counts are written as plain whole numbers: not as 1e3, 0x1F, 012, +5, 3.0 or .inf."),
        rationale: LocalizedText(
            nl:
                "YAML-lezers verschillen in hoe ze zulke notaties lezen (012 is voor sommige 10, voor andere 12). Een aantal personen is een geheel getal en staat er zoals je het zegt. Getallen die niet in 64 bits passen worden ook hier gemeld.",
            en:
                "YAML readers differ in how they read such notations (012 is 10 to some and 12 to others). A count of persons is a whole number and is written as you say it. Numbers that do not fit in 64 bits are reported here too."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.period(
                    "2024-II", "periode: 2024-II\nstatus: open\nachterstand_begin: ↓012\ntaakstelling: ↓1e3\n")
            ]),
            RuleExample([
                ExampleRecords.period(
                    "2024-II", "periode: 2024-II\nstatus: open\nachterstand_begin: ↓0x1F\ntaakstelling: ↓.inf\n")
            ]),
            RuleExample([
                ExampleRecords.period(
                    "2024-II",
                    "periode: 2024-II\nstatus: open\nachterstand_begin: ↓99999999999999999999\ntaakstelling: ↓+4\n")
            ]),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.period(
                    "2024-II",
                    "periode: 2024-II\nstatus: open\nachterstand_begin: -1\ntaakstelling: 0\nopmerking: \"012\"\n")
            ])
        ])

    public func check(file: RecordFile) -> [Finding] {
        parseProblemFindings(.numberNotation, in: file)
    }
}
