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
                "Nergens in een record, ook niet in vrije tekst, staat een getal van 9 cijfers dat de elfproef doorstaat (een mogelijk BSN): aaneen, met punten, of in groepjes van 3-3-3, 4-2-3 of 2-3-4 met spaties of streepjes.",
            en:
                "Nowhere in a record, free text included, is there a 9-digit number that passes the elfproef (a possible BSN): written together, with dots, or in groups of 3-3-3, 4-2-3 or 2-3-4 with spaces or hyphens."
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
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a", "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: BSN ↓111-222-333\n")
            ]),
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a", "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: BSN ↓111 222 333\n")
            ]),
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a", "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: nr ↓1112 22 333\n")
            ]),
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a", "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: nr ↓11-122-2333\n")
            ]),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a",
                    "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: Zaak 123456789 en 17811291 inwoners.\n"
                )
            ]),
            // Groups that fail the elfproef, a zaaknummer of 7 digits, counts and dates.
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a",
                    "datum: 2024-09-01\nsoort: regulier\npersonen: 23\nopmerking: 23 personen, zaak 1472391, nr 111 222 334, 2024-09-01 t/m 2024-12-31.\n"
                )
            ]),
        ])

    /// How a BSN is written in groups (with dots it is any grouping, found as one digit run).
    static let groupings = [[3, 3, 3], [4, 2, 3], [2, 3, 4]]
    static let separators: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "-")]

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
        let plain = DigitRun.runs(in: text).map { ($0.digits, $0.line, $0.column, $0.length) }
        let grouped = GroupedNumber.matches(in: text, groupings: Self.groupings, separators: Self.separators).map {
            ($0.digits, $0.line, $0.column, $0.length)
        }
        return (plain + grouped).filter { Self.passesElfproef($0.0) }.map { _, line, column, length in
            finding(
                SourceLocation(path: file.path, line: line, column: column, length: length),
                LocalizedText(
                    nl:
                        "dit getal van 9 cijfers doorstaat de elfproef en kan een BSN zijn; verwijder het (records bevatten geen persoonsgegevens)",
                    en:
                        "this 9-digit number passes the elfproef and may be a BSN; remove it (records hold no personal data)"
                ))
        }
    }
}
