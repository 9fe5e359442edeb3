import TaakboekCore

/// No home address in a record: a street name with a house number, or a postcode.
public struct AddressRule: FileRule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB705", category: .privacy,
        name: LocalizedText(nl: "geen adres", en: "no address"),
        severity: .warning,
        summary: LocalizedText(
            nl:
                "Nergens in een record staat een straatnaam met huisnummer (Stationsstraat 12a, Hoofdweg 3) of een postcode (9471 AB).",
            en:
                "Nowhere in a record is there a street name with a house number (Stationsstraat 12a, Hoofdweg 3) or a postcode (9471 AB)."
        ),
        rationale: LocalizedText(
            nl:
                "Het adres van een woning waar een statushouder gehuisvest is, wijst die persoon aan; records noemen de plaats of het complex (Vredestein, Zuidlaren), niet de woning. Een waarschuwing, geen fout: een straat met nummer kan ook een kantoor of een complex zijn. Herkend worden woorden met een hoofdletter die eindigen op straat, weg, laan, plein, dijk, pad, hof, singel, kade, gracht, steeg, dreef of markt, gevolgd door een huisnummer, en postcodes (vier cijfers, twee letters zoals PostNL ze uitgeeft).",
            en:
                "The address of a home where a statushouder is housed points to that person; records name the place or the building (Vredestein, Zuidlaren), not the home. A warning, not an error: a street with a number may also be an office or a building. Recognised are capitalised words ending in straat, weg, laan, plein, dijk, pad, hof, singel, kade, gracht, steeg, dreef or markt followed by a house number, and postcodes (four digits, two letters as PostNL issues them)."
        ),
        triggering: [
            RuleExample(
                [
                    ExampleRecords.placement(
                        "2024-II", "a",
                        "datum: 2024-09-01\nsoort: regulier\npersonen: 4\nopmerking: Woning ↓Stationsstraat 12a.\n")
                ], severity: .warning),
            RuleExample(
                [
                    ExampleRecords.placement(
                        "2024-II", "a",
                        "datum: 2024-09-01\nsoort: regulier\npersonen: 4\nopmerking: Woning in ↓9471 AB Zuidlaren.\n")
                ], severity: .warning),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.placement(
                    "2024-II", "a",
                    "datum: 2024-09-01\nsoort: har\npersonen: 23\nlocatie: Vredestein, terrein van Lentis, Zuidlaren\nopmerking: Onderweg 3 gezinnen; de straat heeft 12 woningen; periode 2024 II.\n"
                )
            ])
        ])

    static let suffixes: [[UInt8]] = [
        "straat", "weg", "laan", "plein", "dijk", "pad", "hof", "singel", "kade", "gracht", "steeg", "dreef", "markt",
    ].map { Array($0.utf8) }
    /// Words that end like a street but are none (a sentence may start with them).
    static let notStreets: Set<[UInt8]> = Set(["onderweg", "halfweg", "binnenhof", "kerkhof"].map { Array($0.utf8) })
    /// Letters PostNL does not use in postcodes (and the combinations SA, SD and SS).
    static let unusedLetters: Set<UInt8> = Set("FIOQUY".utf8)

    public func check(file: RecordFile) -> [Finding] {
        guard file.kind != nil, let text = file.text else { return [] }
        return TextPlace.withBytes(text) { bytes in findings(in: bytes, path: file.path) }
    }

    private func findings(in bytes: UnsafeBufferPointer<UInt8>, path: String) -> [Finding] {
        var ranges = Self.streetsWithNumbers(in: bytes)
        ranges += Self.postcodes(in: bytes)
        return ranges.sorted { $0.lowerBound < $1.lowerBound }.map { range in
            let place = TextPlace.of(range.lowerBound, in: bytes)
            return finding(
                SourceLocation(
                    path: path, line: place.line, column: place.column,
                    length: TextPlace.length(range, in: bytes)),
                LocalizedText(
                    nl:
                        "dit lijkt een adres van een woning; noem de plaats of het complex, niet het adres (records bevatten geen persoonsgegevens)",
                    en:
                        "this looks like the address of a home; name the place or the building, not the address (records hold no personal data)"
                ))
        }
    }

    /// A capitalised word ending in a street suffix, a blank, and a house number of 1 to 4
    /// digits (a letter or `-2` may follow) that is not followed by more digits.
    static func streetsWithNumbers(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] &- UInt8(ascii: "A") < 26, index == 0 || !TextPlace.isASCIILetter(bytes[index - 1])
            else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, TextPlace.isASCIILetter(bytes[end]) || bytes[end] >= 0x80 { end += 1 }
            defer { index = max(end, index + 1) }
            // Most capitalised words end in none of the suffixes: compared in place, no copy.
            let length = end - index
            guard end + 1 < bytes.count, bytes[end] == UInt8(ascii: " "),
                let suffix = suffixes.first(where: {
                    length > $0.count && TextPlace.matches($0, at: end - $0.count, in: bytes)
                }),
                suffix.count > 0, !notStreets.contains(bytes[index..<end].map(TextPlace.lowercased)), bytes[end] == UInt8(ascii: " ")
            else { continue }
            var number = end + 1
            while number < bytes.count, TextPlace.isDigit(bytes[number]) { number += 1 }
            let count = number - (end + 1)
            guard (1...4).contains(count), number == bytes.count || !TextPlace.isDigit(bytes[number]),
                bytes[end + 1] != UInt8(ascii: "0")
            else { continue }
            if number < bytes.count, TextPlace.isASCIILetter(bytes[number]),
                number + 1 == bytes.count || !TextPlace.isASCIILetter(bytes[number + 1])
            {
                number += 1
            }
            result.append(index..<number)
        }
        return result
    }

    /// Four digits (the first not 0), an optional blank, two capitals PostNL uses, and no letter
    /// or digit after.
    static func postcodes(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while index + 6 <= bytes.count {
            defer { index += 1 }
            guard bytes[index] &- UInt8(ascii: "1") < 9,
                index == 0 || !(TextPlace.isDigit(bytes[index - 1]) || TextPlace.isASCIILetter(bytes[index - 1])),
                TextPlace.isDigit(bytes[index + 1]), TextPlace.isDigit(bytes[index + 2]), TextPlace.isDigit(bytes[index + 3])
            else { continue }
            var letters = index + 4
            if letters < bytes.count, bytes[letters] == UInt8(ascii: " ") { letters += 1 }
            guard letters + 2 <= bytes.count else { continue }
            let first = bytes[letters]
            let second = bytes[letters + 1]
            func usable(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "A") < 26 && !unusedLetters.contains(byte) }
            guard usable(first), usable(second),
                !(first == UInt8(ascii: "S") && "ADS".utf8.contains(second)),
                letters + 2 == bytes.count
                    || !(TextPlace.isASCIILetter(bytes[letters + 2]) || TextPlace.isDigit(bytes[letters + 2]))
            else { continue }
            result.append(index..<(letters + 2))
        }
        return result
    }
}
