import Testing

@testable import TaakboekHistory

/// A record of far more fields than a real one: fields are found by name, and two versions are
/// compared field by field, as for a small record.
@Suite("Records of many fields")
struct ManyFieldsTests {
    static func record(_ count: Int, changing changed: Set<Int> = []) -> RecordFields? {
        let text =
            "periode: 2024-II\nstatus: open\n"
            + (0..<count).map { "k\($0): \(changed.contains($0) ? $0 + 1 : $0)\n" }.joined()
        return RecordFields.read(Array(text.utf8), path: "records/x/perioden/2024-II.yaml")
    }

    @Test(arguments: [3, 14, 15, 40, 50_000])
    func changesAreTheFieldsThatDiffer(count: Int) throws {
        let old = try #require(Self.record(count))
        let changed: Set<Int> = [0, count / 2, count - 1]
        let new = try #require(Self.record(count, changing: changed))
        #expect(old["status"]?.text == "open")
        #expect(old["k\(count - 1)"]?.number == count - 1)
        #expect(old["k\(count)"] == nil)
        let clock = ContinuousClock()
        var changes: [FieldChange] = []
        let elapsed = clock.measure { changes = RecordFields.changes(from: old, to: new) }
        #expect(changes.map(\.key) == changed.sorted().map { "k\($0)" })
        #expect(changes.first?.old == "0" && changes.first?.new == "1")
        #expect(RecordFields.changes(from: nil, to: new).count == count + 2)
        #expect(elapsed < .seconds(5), "\(elapsed)")
    }
}
