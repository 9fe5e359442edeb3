import TaakboekCore

/// No citizen service number (BSN) anywhere in a record.
public struct BSNRule: FileRule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB701", category: .privacy,
        name: LocalizedText(nl: "geen BSN", en: "no BSN"),
        severity: .error,
        summary: LocalizedText(
            nl:
                "Nergens in een record, ook niet in vrije tekst, staat een getal van 9 cijfers dat de elfproef doorstaat (een mogelijk BSN).",
            en:
                "Nowhere in a record, free text included, is there a 9-digit number that passes the elfproef (a possible BSN)."
        ),
        rationale: LocalizedText(
            nl:
                "Een BSN mag alleen worden verwerkt waar een wet dat toestaat, en een git-repository vergeet nooit: elke kloon bewaart de geschiedenis. Records blijven bij aantallen, plaatsen en data. Stond er per ongeluk een BSN in een commit, dan is verwijderen uit het bestand niet genoeg: meld het als datalek volgens de procedure van de gemeente.",
            en:
                "A BSN may only be processed where a law allows it, and a git repository never forgets: every clone keeps the history. Records stay at counts, places and dates. If a BSN was committed by accident, removing it from the file is not enough: report it as a data breach following the municipality's procedure."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a", "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: Betreft ↓111222333.\n")
            ]),
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a",
                    "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: Betreft ↓1112.22.333.\n")
            ]),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a",
                    "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: Zaak 123456789 en 17811291 inwoners.\n"
                )
            ])
        ])

    /// 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 (and not all zeros).
    static func passesElfproef(_ digits: [Int]) -> Bool {
        guard digits.count == 9, digits.contains(where: { $0 != 0 }) else { return false }
        var sum = 0
        for (index, digit) in digits.enumerated() {
            sum += index == 8 ? -digit : digit * (9 - index)
        }
        return sum % 11 == 0
    }

    public func check(file: RecordFile) -> [Finding] {
        guard file.kind != nil, let text = file.text else { return [] }
        return DigitRun.runs(in: text).filter { Self.passesElfproef($0.digits) }.map { run in
            finding(
                SourceLocation(path: file.path, line: run.line, column: run.column, length: run.length),
                LocalizedText(
                    nl:
                        "dit getal van 9 cijfers doorstaat de elfproef en kan een BSN zijn; verwijder het (records bevatten geen persoonsgegevens)",
                    en:
                        "this 9-digit number passes the elfproef and may be a BSN; remove it (records hold no personal data)"
                ))
        }
    }
}
