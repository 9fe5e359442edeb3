import TaakboekCore

/// No date of birth in a record: a date next to `geboren`, `geb.`, `geboortedatum` or `born`.
public struct BirthDateRule: FileRule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB704", category: .privacy,
        name: LocalizedText(nl: "geen geboortedatum", en: "no date of birth"),
        severity: .warning,
        summary: LocalizedText(
            nl:
                "Nergens in een record staat een datum direct na 'geboren', 'geb.', 'geboortedatum' of 'born' (een geboortedatum).",
            en:
                "Nowhere in a record is there a date right after 'geboren', 'geb.', 'geboortedatum' or 'born' (a date of birth)."
        ),
        rationale: LocalizedText(
            nl:
                "Een geboortedatum is een persoonsgegeven en wijst met een plaats en een klein aantal personen al snel één mens aan. Een waarschuwing, geen fout: records bevatten veel data (van plaatsingen, brieven, correcties), en alleen het woord ervoor zegt dat het om een geboorte gaat; wie de waarschuwing ziet, haalt de datum weg of schrijft het anders (bijv. 'minderjarig').",
            en:
                "A date of birth is personal data, and with a place and a small number of people it soon points to one person. A warning, not an error: records hold many dates (of placements, letters, corrections), and only the word before it says it is a birth; whoever sees the warning removes the date or writes it otherwise (e.g. 'minderjarig')."
        ),
        triggering: [
            RuleExample(
                [
                    ExampleRecords.placement(
                        "2024-II", "a",
                        "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: Dochter, ↓geboren 12-03-2015.\n")
                ], severity: .warning),
            RuleExample(
                [
                    ExampleRecords.placement(
                        "2024-II", "a",
                        "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: ↓Geb. 3 maart 2015 in Zuidlaren.\n")
                ], severity: .warning),
            RuleExample(
                [
                    ExampleRecords.placement(
                        "2024-II", "a",
                        "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: ↓geboortedatum: 2015-03-12\n")
                ], severity: .warning),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a",
                    "datum: 2024-09-01\nsoort: nareiziger\npersonen: 2\nopmerking: Op 2024-09-01 gehuisvest; een kind hier geboren, geen datum vermeld.\n"
                )
            ])
        ])

    static let keywords: [[UInt8]] = ["geboortedatum", "geboren", "geb.", "born"].map { Array($0.utf8) }
    static let months: [[UInt8]] = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ].map { Array($0.utf8) }

    public func check(file: RecordFile) -> [Finding] {
        guard file.kind != nil, let text = file.text else { return [] }
        return TextPlace.withBytes(text) { bytes in findings(in: bytes, path: file.path) }
    }

    private func findings(in bytes: UnsafeBufferPointer<UInt8>, path: String) -> [Finding] {
        var findings: [Finding] = []
        var index = 0
        while index < bytes.count {
            // Every keyword starts with g or b: other bytes are passed over at once.
            let lower = bytes[index] | 0x20
            guard lower == UInt8(ascii: "g") || lower == UInt8(ascii: "b"),
                index == 0 || !TextPlace.isASCIILetter(bytes[index - 1]),
                let keyword = Self.keywords.first(where: { TextPlace.matches($0, at: index, in: bytes) })
            else {
                index += 1
                continue
            }
            var cursor = index + keyword.count
            // ":", "op", "d.d." or blanks may stand between the word and the date.
            var skipped = 0
            while cursor < bytes.count, skipped < 12, !TextPlace.isDigit(bytes[cursor]), bytes[cursor] != 0x0A {
                cursor += 1
                skipped += 1
            }
            if let end = Self.date(at: cursor, in: bytes) {
                let place = TextPlace.of(index, in: bytes)
                findings.append(
                    finding(
                        SourceLocation(
                            path: path, line: place.line, column: place.column,
                            length: TextPlace.length(index..<end, in: bytes)),
                        LocalizedText(
                            nl:
                                "dit lijkt een geboortedatum; verwijder de datum of schrijf het zonder (records bevatten geen persoonsgegevens)",
                            en:
                                "this looks like a date of birth; remove the date or write it without one (records hold no personal data)"
                        )))
                index = end
            } else {
                index += keyword.count
            }
        }
        return findings
    }

    /// The end of a date at `start`: `12-03-2015`, `12/3/2015`, `12.03.2015`, `2015-03-12`, or
    /// `3 maart 2015`.
    static func date(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        func digits(_ from: Int) -> Int {
            var end = from
            while end < bytes.count, TextPlace.isDigit(bytes[end]) { end += 1 }
            return end - from
        }
        let first = digits(start)
        guard first > 0 else { return nil }
        var cursor = start + first
        if cursor < bytes.count, "-/.".utf8.contains(bytes[cursor]) {
            let separator = bytes[cursor]
            let second = digits(cursor + 1)
            let afterSecond = cursor + 1 + second
            guard (1...2).contains(second), afterSecond < bytes.count, bytes[afterSecond] == separator else { return nil }
            let third = digits(afterSecond + 1)
            let valid = (first <= 2 && third == 4) || (first == 4 && third >= 1 && third <= 2)
            return valid ? afterSecond + 1 + third : nil
        }
        guard first <= 2, cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") else { return nil }
        cursor += 1
        guard let month = months.first(where: { TextPlace.matches($0, at: cursor, in: bytes) }) else { return nil }
        cursor += month.count
        while cursor < bytes.count, bytes[cursor] == UInt8(ascii: ".") || bytes[cursor] == UInt8(ascii: " ") {
            cursor += 1
        }
        return digits(cursor) == 4 ? cursor + 4 : nil
    }
}
