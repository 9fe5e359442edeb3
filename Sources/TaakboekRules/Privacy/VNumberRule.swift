import TaakboekCore

/// No immigration number (V-nummer) anywhere in a record.
public struct VNumberRule: FileRule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB702", category: .privacy,
        name: LocalizedText(nl: "geen V-nummer", en: "no V-nummer"),
        severity: .error,
        summary: LocalizedText(
            nl:
                "Nergens in een record staat een getal van 10 cijfers (aaneen, met punten, of in groepjes met spaties of streepjes: 4-3-3, 3-3-4, 2-4-4, 5-5, 2-8, 3-7, 4-6) of een tekst als 'V-nummer 12345…' (een mogelijk vreemdelingennummer).",
            en:
                "Nowhere in a record is there a 10-digit number (together, with dots, or in groups with spaces or hyphens: 4-3-3, 3-3-4, 2-4-4, 5-5, 2-8, 3-7, 4-6) or text like 'V-nummer 12345…' (a possible immigration number)."
        ),
        rationale: LocalizedText(
            nl:
                "Een V-nummer (vreemdelingennummer, 10 cijfers) identificeert een persoon en hoort niet in een repository die elke kloon voor altijd bewaart. Ook telefoonnummers (10 cijfers) worden zo gevonden; die horen er evenmin in.",
            en:
                "A V-nummer (immigration number, 10 digits) identifies a person and does not belong in a repository that every clone keeps forever. Phone numbers (10 digits, as 06-12345678 or 050 123 4567) are found this way too; they do not belong there either. Groups of two digits only (38 33 71 41 30, a row of figures) are not a number of 10 digits and are not reported."
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
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a", "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: nummer ↓1234 567 890\n")
            ]),
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a", "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: bel ↓06-12345678\n")
            ]),
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a", "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: bel ↓050 123 4567\n")
            ]),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a",
                    "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: Zaak Z/24/123456, 23 personen.\n")
            ]),
            // A row of figures, a date range and a period are not numbers of 10 digits.
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a",
                    "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: cijfers 38 33 71 41 30; 2024-09-01 t/m 2024-12-31; 2024-II.\n"
                )
            ]),
        ])

    public func check(file: RecordFile) -> [Finding] {
        guard file.kind != nil, let text = file.text else { return [] }
        let plain = DigitRun.runs(in: text).filter { $0.digits.count == 10 }.map {
            ($0.line, $0.column, $0.length)
        }
        let grouped = GroupedNumber.matches(in: text, groupings: Self.groupings, separators: Self.separators).map {
            ($0.line, $0.column, $0.length)
        }
        var findings = (plain + grouped).map { line, column, length in
            finding(
                SourceLocation(path: file.path, line: line, column: column, length: length),
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

    /// How a number of 10 digits is written in groups: V-nummers, and Dutch phone numbers with
    /// their area code (06-12345678, 050 123 4567, 0592-123456). Two-digit groups alone are not.
    static let groupings = [[4, 3, 3], [3, 3, 4], [2, 4, 4], [5, 5], [2, 8], [3, 7], [4, 6]]
    static let separators: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "-")]

    private static let prefixes: [[UInt8]] = ["v-nummer", "vnummer", "v-nr", "vnr"].map { Array($0.utf8) }

    /// "V-nummer 123…", "vnummer: 123…", "v-nr 123…" followed by at least 4 digits (a run of
    /// exactly 10 digits is already reported as a number). Scans UTF-8 bytes.
    private func mentions(in text: String) -> [(Int, Int, Int)] {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable(mentions(inBytes:))
            ?? Array(utf8).withUnsafeBufferPointer(mentions(inBytes:))
    }

    private func mentions(inBytes bytes: UnsafeBufferPointer<UInt8>) -> [(Int, Int, Int)] {
        let prefixes = Self.prefixes
        var result: [(Int, Int, Int)] = []
        var line = 1
        var lineStart = 0
        var index = 0
        func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 || byte >= 0x80 }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard lower(byte) == UInt8(ascii: "v"), index == lineStart || !isLetter(bytes[index - 1]),
                let prefix = prefixes.first(where: { prefix in
                    index + prefix.count <= bytes.count && zip(prefix, bytes[index...]).allSatisfy { $0 == lower($1) }
                })
            else {
                index += 1
                continue
            }
            var cursor = index + prefix.count
            while cursor < bytes.count,
                [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: ".")].contains(bytes[cursor])
            {
                cursor += 1
            }
            var digits = 0
            while cursor + digits < bytes.count, (48...57).contains(bytes[cursor + digits]) { digits += 1 }
            if digits >= 4 && digits != 10 {
                let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).unicodeScalars.count + 1
                result.append((line, column, cursor + digits - index))
            }
            index = cursor + max(digits, 1)
        }
        return result
    }
}
