import Testing

@testable import TaakboekCore

/// The UTF-8 readings of scalars, dates, periods and paths must decide exactly as the
/// Character-based readings they replaced, on hand-picked corners and on seeded random strings.
@Suite("Reading values over UTF-8 bytes")
struct FastValueReadingTests {
    typealias Random = FastYAMLCorpus.Random

    /// Corners of the scalar, date and period readings.
    static let edgeValues: [String] = [
        "", " ", " 1", "1 ", "\t1", "1\n", "-", "+", "-0", "+0", "+5", "-5", "+-5", "--5", "05", "-05", "+05", "00",
        "0", "007", "0x1F", "0X1f", "0x", "0xg", "0x-1F", "0x+1", "0x 1", "0o17", "0O17", "0o8", "0o", "0b101",
        "1_000", "1,000", "1e3", "1E3", "1e", "1e+", "1e-3", "1e+3", "-1e3", "+1e3", ".5", "5.", ".", "-.", "+.5",
        "-.5e1", "5.e1", ".e1", "1.5", "2.0", "1e400", "-1e400", "1.0e15", "1e15", "1e16", "123456789012345678.0",
        "~", "null", "Null", "NULL", "nULL", "nul", "nulll", "true", "True", "TRUE", "tRUE", "false", "False",
        "FALSE", "yes", "no", "on", "off", "y", "n", "onbekend", "Onbekend", ".inf", ".Inf", ".INF", "+.inf",
        "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN", "-.nan", "+.nan", "inf", "nan",
        ".infinity", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "-9223372036854775809", "+9223372036854775807", "+9223372036854775808", "00009223372036854775807",
        "99999999999999999999999999", "-0009223372036854775808", "2024-02-30", "2024-02-29", "2023-02-29",
        "2000-02-29", "1900-02-29", "2024-04-31", "2024-04-30", "2024-12-31", "2024-13-01", "2024-00-10",
        "2024-01-00", "2024-9-1", "2024-09-1", "2024-9-01", "2024-09", "2024-9", "2024-13", "2024-00", "2024",
        "0000", "999", "12345", "2024-", "-2024", "2024--09", "2024-09-", "2024-09-01-", "2024-09-01-01",
        " 2024", "2024 ", "2024-09-01 ", "+024", "+2024", "-024", "2024-+9", "2024-0+", "2024-09-+1",
        "٢٠٢٤-٠٩-٠١", "٢٠٢٤", "２０２４", "２０２４-０９", "2024-٠٩", "𝟐𝟎𝟐𝟒", "2024\u{301}", "2024-09\u{301}",
        "2024-II", "2024-I", "2024-iii", "2024-III", "2024-ii", "2024-i", "2024-IV", "2024-V", "0999-I", "1000-I",
        "0100-II", "9999-II", "+999-I", "-999-I", "2024-I ", " 2024-I", "2024-I-", "2024--I", "2024-", "2024-Ⅰ",
        "2024-Ⅱ", "２０２４-II", "2024-I\u{301}", "20\r\n24-I", "2024-\r\nI", "1\r\n", "\r\n", "\r", "\n",
        "0x1F\r\n", "1.5\r\n", "+\r\n5", "-\u{301}5", "+\u{301}5", "5\u{301}", "\u{212A}", "0\u{212A}1",
        "0\u{212A}", "tru\u{212A}", "n\u{0336}ull", "null\u{301}", "İ", "0xİ", "ß", "é", "e\u{301}", "Één café",
        "1;", "1\u{037E}", "1`", "1\u{1FEF}", "\u{0600}1", "\u{0600}.5", "\u{A0}1", "1\u{A0}", "\u{FEFF}1",
        "regulier", "doorstroom", "afgesloten", "open", "gemeente-0001", "2024-II/vredestein",
    ]

    /// Random strings over digits, signs, the letters the readers look for, and a few non-ASCII
    /// characters, plus random date- and period-like strings.
    static func randomValues(count: Int, seed: UInt64) -> [String] {
        var random = Random(seed: seed)
        let alphabet: [String] =
            (0...9).map { String($0) } + ["-", "+", ".", "_", ":", "e", "E", "x", "X", "o", "O", " "]
            + ["a", "f", "F", "n", "N", "u", "l", "L", "t", "r", "I", "i", "~", "/", "\t"]
            + ["é", "٢", "２", "\u{301}", "\u{212A}", "\r\n", "\r", "\u{0600}", "İ", "Ⅱ"]
        var values: [String] = []
        for _ in 0..<count {
            switch random.next(4) {
            case 0:
                // Date-shaped: mostly 4, 2 and 2 digits between dashes, sometimes other runs of 1 to 5
                // digits, with an occasional odd character.
                var parts: [String] = []
                for index in 0..<(1 + random.next(4)) {
                    var part = ""
                    let length = random.chance(80) ? (index == 0 ? 4 : 2) : 1 + random.next(5)
                    for position in 0..<length {
                        // Months and days mostly start with 0 to 3.
                        part += String(index > 0 && position == 0 ? random.next(4) : random.next(10))
                    }
                    if random.chance(5) { part += random.pick(alphabet) }
                    parts.append(part)
                }
                values.append(parts.joined(separator: "-"))
            case 1:
                // Period-shaped.
                var year = ""
                for _ in 0..<(random.chance(80) ? 4 : 3 + random.next(3)) { year += String(random.next(10)) }
                values.append(
                    year + random.pick(["-", "-", "--", "+"]) + random.pick(["I", "II", "III", "i", "", "I "]))
            default:
                var text = ""
                for _ in 0..<random.next(13) { text += random.pick(alphabet) }
                values.append(text)
            }
        }
        return values
    }

    /// The scalars of the shipped records and of the generated corpus.
    static let recordScalars: [String] = {
        var scalars: [String] = []
        func collect(_ node: YAMLNode) {
            switch node.content {
            case .scalar(let scalar): scalars.append(scalar.text)
            case .mapping(let pairs): for pair in pairs { collect(pair.value) }
            case .sequence(let items): for item in items { collect(item) }
            }
        }
        let texts = FastYAMLReaderTests.shippedTexts.map(\.text) + FastYAMLCorpus.texts(count: 200, seed: 11)
        for text in texts { YAMLLoader.loadWithYams(text).root.map(collect) }
        return scalars
    }()

    static let corpus = edgeValues + recordScalars + randomValues(count: 20_000, seed: 42)

    /// Equal interpretations, a NaN counting as equal to a NaN (and numbers compared by their bits).
    static func same(_ lhs: ScalarValue.Interpretation, _ rhs: ScalarValue.Interpretation) -> Bool {
        guard lhs.notationProblem == rhs.notationProblem else { return false }
        switch (lhs.value, rhs.value) {
        case (.number(let left), .number(let right)): return left.bitPattern == right.bitPattern
        default: return lhs.value == rhs.value
        }
    }

    @Test func corpusReachesEveryOutcome() {
        let values = Self.corpus.map { ScalarValue.interpret(text: $0, isPlain: true) }
        #expect(values.contains { $0.value == .null })
        #expect(values.contains { $0.value == .bool(true) })
        #expect(values.contains { if case .integer = $0.value { $0.notationProblem != nil } else { false } })
        #expect(values.contains { if case .number(let value) = $0.value { value.isNaN } else { false } })
        #expect(values.contains { if case .number(let value) = $0.value { !value.isNaN } else { false } })
        #expect(Self.corpus.compactMap { PartialDate($0) }.count > 1000)
        #expect(Self.corpus.compactMap { PeriodID($0) }.count > 500)
    }

    @Test func scalarsReadAsTheCharacterBasedReading() {
        for text in Self.corpus {
            for isPlain in [true, false] {
                let fast = ScalarValue.interpret(text: text, isPlain: isPlain)
                let reference = ScalarValue.interpretReference(text: text, isPlain: isPlain)
                #expect(
                    Self.same(fast, reference), "\(text.debugDescription) plain \(isPlain): \(fast) vs \(reference)")
            }
        }
    }

    @Test func datesReadAsTheCharacterBasedReading() {
        for text in Self.corpus {
            #expect(PartialDate(text) == PartialDate.reference(text), "\(text.debugDescription)")
        }
    }

    @Test func periodsReadAsTheCharacterBasedReading() {
        for text in Self.corpus {
            #expect(PeriodID(text) == PeriodID.reference(text), "\(text.debugDescription)")
        }
    }

    @Test func characterCountsAsCount() {
        for text in Self.corpus + ["a\r\nb", "\r\n", "a\rb", "\n\r"] {
            #expect(ASCIIBytes.characterCount(text) == text.count, "\(text.debugDescription)")
        }
    }

    /// Realistic and odd record paths.
    static let edgePaths: [String] = [
        "", "/", "//", "records", "records/", "records//", "records/m", "records/m/", "records/m/gemeente.yaml",
        "records/m/gemeente.yaml/", "records/m/gemeente.yml", "records/m/gemeente.yaml.bak",
        "records/gemeente-0001/perioden/2024-II.yaml", "records/gemeente-0001/perioden/2024-I.yaml",
        "records/m/perioden/2024-II.yml", "records/m/perioden/2024-II.md", "records/m/perioden/.yaml",
        "records/m/perioden/sub/2024-II.yaml", "records/m/plaatsingen/2024-II/vredestein.yaml",
        "records/m/plaatsingen/2024-II/vredestein.yml", "records/m/plaatsingen/2024-II/a.b.yaml",
        "records/m/plaatsingen/vredestein.yaml", "records/m/plaatsingen//vredestein.yaml",
        "records/m/plaatsingen/2024-II/", "records/m/plaatsingen/2024-II/x/y.yaml",
        "records/m/correcties/2024-10-01-x.yaml", "records/m/correcties/x.md", "records/m/brieven/2024-raad.md",
        "records/m/brieven/x.yaml", "records/m/brieven/x.MD", "records/m/brieven/README.md",
        "records/m/plaatsingen/.gitkeep", "records/.gitattributes", "records/README.md", "README.md",
        "schemas", "schemas/", "schemas/plaatsing.schema.json", "schemas/sub/x.json", "schemas//x",
        "nested/unknown", "nested/records/m/gemeente.yaml", "Records/m/gemeente.yaml", "records//gemeente.yaml",
        "records//perioden/2024-I.yaml", "/records/m/gemeente.yaml", "records/m//perioden/2024-I.yaml",
        "records/m/perioden//2024-I.yaml", "records/m/perioden/2024-I.yaml/", "./records/m/gemeente.yaml",
        "records/súdwest-fryslân/gemeente.yaml", "records/m/plaatsingen/2024-II/café.yaml",
        "records/m/brieven/brief\u{301}.md", "records/m/perioden/2024-II.yam\u{301}l",
        "records/m/perioden/\u{0600}.yaml", "records/\u{0600}/gemeente.yaml", "records/m\u{0600}/gemeente.yaml",
        "records/m/\u{0600}/x.yaml", "records/m/perioden/a\r\n.yaml", "records/m\r\n/gemeente.yaml",
        "records/m/plaatsingen/２０２４-II/x.yaml", "records/m/plaatsingen/2024-II/x",
        "records/m/plaatsingen/2024-II/.yaml",
        "records/m/plaatsingen/2024-II/x.", "records/m/plaatsingen/2024-II/x.yaml.yml",
    ]

    static func randomPaths(count: Int, seed: UInt64) -> [String] {
        var random = Random(seed: seed)
        let parts = [
            "records", "records", "schemas", "m", "gemeente-0001", "perioden", "plaatsingen", "correcties",
            "coa", "2025-03-01.yaml", "brieven", "gemeente.yaml", "2024-II.yaml", "2024-I", "2024-II", "x.yaml", "x.yml", "x.md", "README.md",
            ".gitkeep", ".gitattributes", "", "é", "\u{0600}", "a\r\n", "x.y.z", ".",
        ]
        return (0..<count).map { _ in (0..<(1 + random.next(6))).map { _ in random.pick(parts) }.joined(separator: "/")
        }
    }

    static let paths = edgePaths + randomPaths(count: 20_000, seed: 5)

    @Test func pathsClassifyAsTheSubstringReading() {
        for path in Self.paths {
            #expect(RecordPath.classify(path) == RecordPath.classifyReference(path), "\(path.debugDescription)")
        }
        let kinds = Set(
            Self.paths.compactMap { if case .record(let kind, _) = RecordPath.classify($0) { kind } else { nil } })
        #expect(kinds == Set(RecordKind.allCases))
    }

    @Test func pathNamesAsTheSplitReading() {
        for path in Self.paths {
            let file = RecordFile(
                path: path, classification: .ignored, text: nil, root: nil, problems: [], schemaViolations: [])
            let fast = RecordModel.pathNames(file)
            let reference = RecordModel.pathNamesReference(file)
            #expect(fast == reference, "\(path.debugDescription): \(fast) vs \(reference)")
        }
    }
}
