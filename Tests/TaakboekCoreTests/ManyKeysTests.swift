import Testing

@testable import TaakboekCore

/// Mappings far larger than a record's: the fast reader reads them as Yams does, in linear time,
/// and refuses a duplicate key wherever it stands; schema errors beyond the first 100 of a file
/// are counted in one.
@Suite("Mappings of many keys")
struct ManyKeysTests {
    static func keys(_ count: Int, duplicateAt duplicate: Int? = nil) -> String {
        (0..<count).map { index in "k\(index == duplicate ? 0 : index): \(index)\n" }.joined()
    }

    @Test(arguments: [1, 15, 16, 17, 40, 300])
    func aBlockMappingIsReadAsYamsReadsIt(count: Int) throws {
        let text = Self.keys(count)
        let fast = try #require(FastYAMLReader.read(text))
        let slow = try #require(YAMLLoader.loadWithYams(text).root)
        #expect(FastYAMLComparison.difference(fast, slow) == nil)
    }

    /// A duplicate on either side of the point where the keys go into a set.
    @Test(arguments: [1, 14, 15, 16, 17, 39])
    func aDuplicateKeyIsRefusedWhereverItStands(position: Int) {
        let text = Self.keys(40, duplicateAt: position)
        #expect(FastYAMLReader.read(text) == nil, "duplicate k0 at \(position)")
        let flow = "a: {" + (0..<40).map { "k\($0 == position ? 0 : $0): \($0)" }.joined(separator: ", ") + "}\n"
        #expect(FastYAMLReader.read(flow) == nil, "flow duplicate k0 at \(position)")
    }

    /// Columns counted on from the previous pair, with characters of several bytes before them.
    @Test func aLongFlowMappingHasYamsColumns() throws {
        let text = "é: x\nwaarde: {" + (0..<300).map { "k\($0): v\($0)" }.joined(separator: ", ") + "}\n"
        let fast = try #require(FastYAMLReader.read("opmerking: Één\n" + text.dropFirst(5)))
        let slow = try #require(YAMLLoader.loadWithYams("opmerking: Één\n" + text.dropFirst(5)).root)
        #expect(FastYAMLComparison.difference(fast, slow) == nil)
        #expect(fast["waarde"]?.pairs?.last?.keyColumn == slow["waarde"]?.pairs?.last?.keyColumn)
    }

    /// 100,000 keys: seconds before the set, quadratic; a fraction of a second now.
    @Test func aHundredThousandKeysAreReadQuickly() throws {
        let text = Self.keys(100_000)
        let clock = ContinuousClock()
        var root: YAMLNode?
        let elapsed = clock.measure { root = FastYAMLReader.read(text) }
        #expect(root?.pairs?.count == 100_000)
        #expect(elapsed < .seconds(5), "\(elapsed)")
    }

    @Test func schemaErrorsPastAHundredAreCountedInOne() throws {
        let schemas = SchemaSet.load(from: [])
        let text = "periode: 2024-II\nstatus: open\nachterstand_begin: 3\ntaakstelling: 10\n" + Self.keys(150)
        let root = try #require(YAMLLoader.load(text).root)
        let violations = schemas.validate(root, as: .period).violations
        #expect(violations.count == SchemaSet.maximumViolationsPerFile + 1)
        #expect(violations.filter { $0.message.nl.hasPrefix("onbekend veld") }.count == 100)
        // The rest start at the 101st unknown key (line 4 + 101).
        let rest = try #require(violations.first { $0.message.nl.hasPrefix("nog ") })
        #expect(rest.message.nl.hasPrefix("nog 50 schemafouten in dit bestand, vanaf hier"), "\(rest.message.nl)")
        #expect((rest.line, rest.column) == (105, 1))
        // A hundred exactly: no count.
        let hundred = try #require(
            YAMLLoader.load(text.split(separator: "\n").prefix(104).joined(separator: "\n")).root)
        #expect(schemas.validate(hundred, as: .period).violations.count == 100)
    }
}
