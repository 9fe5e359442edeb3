import TaakboekCore

/// No e-mail address and no international phone number anywhere in a record.
public struct ContactDetailsRule: FileRule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB703", category: .privacy,
        name: LocalizedText(nl: "geen contactgegevens", en: "no contact details"),
        severity: .error,
        summary: LocalizedText(
            nl:
                "Nergens in een record staat een e-mailadres (naam@domein.nl) of een internationaal telefoonnummer (+31 6 12345678, 0031…).",
            en:
                "Nowhere in a record is there an e-mail address (name@domain.nl) or an international phone number (+31 6 12345678, 0031…)."
        ),
        rationale: LocalizedText(
            nl:
                "Een e-mailadres of telefoonnummer van een statushouder, een contactpersoon of een medewerker is een persoonsgegeven, en een git-repository bewaart het in elke kloon voor altijd. Records noemen organisaties en plaatsen, geen mensen. Een nationaal telefoonnummer (06-12345678) vindt TB702 als getal van 10 cijfers.",
            en:
                "An e-mail address or phone number of a statushouder, a contact or a member of staff is personal data, and a git repository keeps it in every clone forever. Records name organisations and places, not people. A national phone number (06-12345678) is found by TB702 as a 10-digit number."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a",
                    "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: Contact via ↓j.jansen@example.org.\n")
            ]),
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a", "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: Bel ↓+31 6 12345678.\n")
            ]),
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a", "datum: 2024-09-01\nsoort: regulier\npersonen: 1\nopmerking: Bel ↓0031-50-1234567.\n")
            ]),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a",
                    "datum: 2024-09-01\nsoort: regulier\npersonen: 23\nopmerking: Afgestemd met COA @ Zuidlaren; 31 gezinnen, +3 nareizigers.\n"
                )
            ])
        ])

    public func check(file: RecordFile) -> [Finding] {
        guard file.kind != nil, let text = file.text else { return [] }
        return TextPlace.withBytes(text) { bytes in findings(in: bytes, path: file.path) }
    }

    private func findings(in bytes: UnsafeBufferPointer<UInt8>, path: String) -> [Finding] {
        // Most records have neither an @ nor a + nor a 0031: one pass says so.
        var candidate = false
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == UInt8(ascii: "@") || byte == UInt8(ascii: "+")
                || (byte == UInt8(ascii: "0") && TextPlace.matches(Self.dutchPrefix, at: index, in: bytes))
            {
                candidate = true
                break
            }
        }
        guard candidate else { return [] }
        var found: [(Range<Int>, LocalizedText)] = Self.emailAddresses(in: bytes).map {
            (
                $0,
                LocalizedText(
                    nl: "dit is een e-mailadres; verwijder het (records bevatten geen persoonsgegevens)",
                    en: "this is an e-mail address; remove it (records hold no personal data)")
            )
        }
        found += Self.internationalPhoneNumbers(in: bytes).map {
            (
                $0,
                LocalizedText(
                    nl: "dit is een telefoonnummer; verwijder het (records bevatten geen persoonsgegevens)",
                    en: "this is a phone number; remove it (records hold no personal data)")
            )
        }
        return found.sorted { $0.0.lowerBound < $1.0.lowerBound }.map { range, message in
            let place = TextPlace.of(range.lowerBound, in: bytes)
            return finding(
                SourceLocation(
                    path: path, line: place.line, column: place.column,
                    length: TextPlace.length(range, in: bytes)), message)
        }
    }

    /// `local@domain.tld`: a local part of letters, digits and `._%+-`, a domain of at least two
    /// labels of letters, digits and hyphens.
    static func emailAddresses(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        func isLocal(_ byte: UInt8) -> Bool {
            TextPlace.isASCIILetter(byte) || TextPlace.isDigit(byte) || "._%+-".utf8.contains(byte)
        }
        func isDomain(_ byte: UInt8) -> Bool {
            TextPlace.isASCIILetter(byte) || TextPlace.isDigit(byte) || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: ".")
        }
        var result: [Range<Int>] = []
        for at in bytes.indices where bytes[at] == UInt8(ascii: "@") {
            var start = at
            while start > 0, isLocal(bytes[start - 1]) { start -= 1 }
            var end = at + 1
            while end < bytes.count, isDomain(bytes[end]) { end += 1 }
            // A sentence's full stop after the address is not part of it.
            while end > at + 1, bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: "-") { end -= 1 }
            let domain = bytes[(at + 1)..<end]
            let labels = domain.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
            guard start < at, labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }),
                let top = labels.last, top.count >= 2, top.allSatisfy(TextPlace.isASCIILetter)
            else { continue }
            result.append(start..<end)
        }
        return result
    }

    static let dutchPrefix = Array("0031".utf8)
    static let plusPrefix = Array("31".utf8)
    static let zeroInBrackets = Array("(0)".utf8)

    /// `+31` or `0031`, then at least nine digits among spaces, hyphens, dots and a `(0)`.
    static func internationalPhoneNumbers(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            let prefix: Int
            if bytes[index] == UInt8(ascii: "+"), TextPlace.matches(plusPrefix, at: index + 1, in: bytes) {
                prefix = 3
            } else if TextPlace.matches(dutchPrefix, at: index, in: bytes),
                index == 0 || !TextPlace.isDigit(bytes[index - 1])
            {
                prefix = 4
            } else {
                index += 1
                continue
            }
            var cursor = index + prefix
            var digits = 0
            var end = cursor
            while cursor < bytes.count {
                if TextPlace.matches(zeroInBrackets, at: cursor, in: bytes) {
                    cursor += 3
                } else if TextPlace.isDigit(bytes[cursor]) {
                    digits += 1
                    cursor += 1
                    end = cursor
                } else if " -.".utf8.contains(bytes[cursor]) {
                    cursor += 1
                } else {
                    break
                }
            }
            if digits >= 9 && digits <= 10 {
                result.append(index..<end)
                index = end
            } else {
                index += prefix
            }
        }
        return result
    }
}
