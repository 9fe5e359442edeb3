import TaakboekCore

/// No immigration number (V-nummer) anywhere in a record.
public struct VNumberRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB702", category: .privacy,
        name: LocalizedText(nl: "geen V-nummer", en: "no V-nummer"),
        severity: .error,
        summary: LocalizedText(
            nl:
                "Nergens in een record staat een getal van 10 cijfers of een tekst als 'V-nummer 12345…' (een mogelijk vreemdelingennummer).",
            en:
                "Nowhere in a record is there a 10-digit number or text like 'V-nummer 12345…' (a possible immigration number)."
        ),
        rationale: LocalizedText(
            nl:
                "Een V-nummer (vreemdelingennummer, 10 cijfers) identificeert een persoon en hoort niet in een repository die elke kloon voor altijd bewaart. Ook telefoonnummers (10 cijfers) worden zo gevonden; die horen er evenmin in.",
            en:
                "A V-nummer (immigration number, 10 digits) identifies a person and does not belong in a repository that every clone keeps forever. Phone numbers (10 digits) are found this way too; they do not belong there either."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a", "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: V-nr ↓1234567890\n")
            ]),
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a", "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: ↓V-nummer 12345\n")
            ]),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a",
                    "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: Zaak Z/24/123456, 23 personen.\n")
            ])
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        tree.files.flatMap { file -> [Finding] in
            guard file.kind != nil, let text = file.text else { return [] }
            var findings = DigitRun.runs(in: text).filter { $0.digits.count == 10 }.map { run in
                finding(
                    SourceLocation(path: file.path, line: run.line, column: run.column, length: run.length),
                    LocalizedText(
                        nl:
                            "dit getal van 10 cijfers lijkt op een V-nummer (of telefoonnummer); verwijder het (records bevatten geen persoonsgegevens)",
                        en:
                            "this 10-digit number looks like a V-nummer (or phone number); remove it (records hold no personal data)"
                    ))
            }
            findings += mentions(in: text).map { line, column, length in
                finding(
                    SourceLocation(path: file.path, line: line, column: column, length: length),
                    LocalizedText(
                        nl: "hier staat een V-nummer genoemd; verwijder het (records bevatten geen persoonsgegevens)",
                        en: "a V-nummer is mentioned here; remove it (records hold no personal data)"))
            }
            return findings
        }
    }

    /// "V-nummer 123…", "vnummer: 123…", "v-nr 123…" followed by at least 4 digits.
    private func mentions(in text: String) -> [(Int, Int, Int)] {
        var result: [(Int, Int, Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let characters = Array(line)
            let lower = characters.map { Character($0.lowercased()) }
            var position = 0
            while position < lower.count {
                let rest = lower[position...]
                let prefixes: [[Character]] = [Array("v-nummer"), Array("vnummer"), Array("v-nr"), Array("vnr")]
                guard lower[position] == "v", position == 0 || !lower[position - 1].isLetter,
                    let prefix = prefixes.first(where: { rest.starts(with: $0) })
                else {
                    position += 1
                    continue
                }
                var cursor = position + prefix.count
                while cursor < lower.count, lower[cursor] == " " || lower[cursor] == ":" || lower[cursor] == "." {
                    cursor += 1
                }
                var digits = 0
                while cursor + digits < lower.count, lower[cursor + digits].isASCII, lower[cursor + digits].isNumber {
                    digits += 1
                }
                if digits >= 4 {
                    // A 10-digit number after the word is reported once, as a number.
                    if digits != 10 { result.append((index + 1, position + 1, cursor + digits - position)) }
                }
                position = cursor + max(digits, 1)
            }
        }
        return result
    }
}
