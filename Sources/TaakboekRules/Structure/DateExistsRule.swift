import TaakboekCore

/// A date names a day that exists.
public struct DateExistsRule: FileRule {
    public init() {}

    static let dateKeys: Set<String> = ["datum", "peildatum_inwoners", "geldig_vanaf", "geldig_tot"]

    /// `dateKeys.contains`, without hashing: this runs for every key of every record.
    static func isDateKey(_ key: String) -> Bool {
        switch key {
        case "datum", "peildatum_inwoners", "geldig_vanaf", "geldig_tot": true
        default: false
        }
    }

    public static let description = RuleDescription(
        id: "TB110", category: .structure,
        name: LocalizedText(nl: "bestaande datum", en: "existing date"),
        severity: .error,
        summary: LocalizedText(
            nl: "Een datum bestaat echt: geen 30 februari of 31 april.",
            en: "A date really exists: no 30 February or 31 April."),
        rationale: LocalizedText(
            nl:
                "Het schema controleert alleen de vorm JJJJ-MM-DD; deze regel controleert de kalender, schrikkeljaren inbegrepen.",
            en: "The schema checks only the form YYYY-MM-DD; this rule checks the calendar, leap years included."),
        triggering: [
            RuleExample([ExampleRecords.placement("2024-I", "a", "datum: ↓2023-02-29\nsoort: regulier\npersonen: 2\n")])
        ],
        nonTriggering: [
            RuleExample([ExampleRecords.placement("2024-I", "a", "datum: 2024-02-29\nsoort: regulier\npersonen: 2\n")])
        ])

    public func check(file: RecordFile) -> [Finding] {
        guard let root = file.root else { return [] }
        var findings: [Finding] = []
        visit(root, path: file.path, into: &findings)
        return findings
    }

    private func visit(_ node: YAMLNode, path: String, into findings: inout [Finding]) {
        switch node.content {
        case .mapping(let pairs):
            for pair in pairs {
                if Self.isDateKey(pair.key), let scalar = pair.value.scalar, looksLikeDate(scalar.text),
                    PartialDate(scalar.text) == nil
                {
                    findings.append(
                        finding(
                            SourceLocation(
                                path: path, line: pair.value.line, column: pair.value.column, length: scalar.text.count),
                            LocalizedText(
                                nl: "datum \(scalar.text) bestaat niet; controleer dag en maand",
                                en: "date \(scalar.text) does not exist; check the day and month")))
                }
                visit(pair.value, path: path, into: &findings)
            }
        case .sequence(let items):
            for item in items { visit(item, path: path, into: &findings) }
        case .scalar:
            break
        }
    }

    /// The shape the schema accepts (so only calendar mistakes are reported here): `YYYY`,
    /// `YYYY-MM` or `YYYY-MM-DD` with a month of 1–12 and a day of 1–31. Reads UTF-8 bytes: it
    /// runs for every date of every record.
    private func looksLikeDate(_ text: String) -> Bool {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable(Self.looksLikeDate) ?? Self.looksLikeDate(Array(utf8)[...])
    }

    private static func looksLikeDate<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool where Bytes.Index == Int {
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[bytes.startIndex + index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        func dash(_ offset: Int) -> Bool { bytes[bytes.startIndex + offset] == UInt8(ascii: "-") }
        switch bytes.count {
        case 4: return digits(0..<4) != nil
        case 7:
            guard digits(0..<4) != nil, dash(4), let month = digits(5..<7) else { return false }
            return (1...12).contains(month)
        case 10:
            guard digits(0..<4) != nil, dash(4), let month = digits(5..<7), dash(7), let day = digits(8..<10) else {
                return false
            }
            return (1...12).contains(month) && (1...31).contains(day)
        default: return false
        }
    }
}
