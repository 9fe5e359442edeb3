import Testing

@testable import TaakboekCore

/// COA's figures set beside the records: which placements fall on which side of the peildatum,
/// which correction is undone, and which snapshot is the latest.
@Suite("Reconciling COA's figures with the records")
struct COAReconciliationTests {
    func load(_ files: [(String, String)]) throws -> RecordTree {
        try RecordLoader.load(
            from: InMemorySource(files.map { SourceEntry(path: $0.0, content: .file(Array($0.1.utf8))) }))
    }

    static let period = (
        "records/x/perioden/2025-I.yaml", "periode: 2025-I\nstatus: open\nachterstand_begin: -2\ntaakstelling: 30\n"
    )

    static func placement(_ name: String, _ datum: String, soort: String = "regulier", personen: Int) -> (String, String) {
        ("records/x/plaatsingen/2025-I/\(name).yaml", "datum: \(datum)\nsoort: \(soort)\npersonen: \(personen)\n")
    }

    static func coa(_ day: String, taakstelling: Int, gerealiseerd: Int, periode: String = "2025-I") -> (String, String) {
        (
            "records/x/coa/\(day).yaml",
            "peildatum: \(day)\nperiode: \(periode)\ntaakstelling: \(taakstelling)\ngerealiseerd: \(gerealiseerd)\nnog_te_realiseren: \(taakstelling - gerealiseerd)\nbron: COA\n"
        )
    }

    @Test func placementsFallOnEitherSideOfThePeildatum() throws {
        let tree = try load([
            Self.period,
            Self.placement("a", "2025-02-28", personen: 3),
            Self.placement("b", "2025-02", personen: 2),
            Self.placement("c", "2025-03-01", personen: 5),
            Self.placement("d", "2025-03", personen: 1),
            Self.placement("e", "2025", personen: 4),
            Self.placement("f", "2025-01-10", soort: "amv_pleeggezin", personen: 1),
            Self.coa("2025-03-01", taakstelling: 28, gerealiseerd: 5),
        ])
        let records = try #require(tree.municipalities.first)
        let snapshot = try #require(records.coaSnapshots.first)
        let reconciliation = try #require(COAReconciliation.of(snapshot, in: records, catalogue: tree.catalogue))
        #expect(reconciliation.counted.map(\.id) == ["2025-I/a", "2025-I/b"])
        #expect(reconciliation.later.map(\.id) == ["2025-I/c", "2025-I/d"])
        #expect(reconciliation.uncertain.map(\.id) == ["2025-I/e"])
        #expect(reconciliation.ownCount == 5)
        #expect(reconciliation.ownTaakstelling == [28])
        #expect(reconciliation.realisedDifference == 0)
    }

    @Test func aCorrectionKnownOnlyToTheMonthGivesBothValues() throws {
        let tree = try load([
            Self.period,
            (
                "records/x/correcties/c.yaml",
                "datum: 2025-03\nperiode: 2025-I\nwijzigingen:\n  taakstelling:\n    van: 33\n    naar: 30\nreden: r\nbron: b\n"
            ),
            Self.coa("2025-03-01", taakstelling: 31, gerealiseerd: 0),
            Self.coa("2025-04-01", taakstelling: 28, gerealiseerd: 0),
        ])
        let records = try #require(tree.municipalities.first)
        let values = records.coaSnapshots.compactMap {
            COAReconciliation.of($0, in: records, catalogue: tree.catalogue)?.ownTaakstelling
        }
        #expect(values == [[28, 31], [28]])
    }

    @Test func theLatestSnapshotOnOrBeforeADate() throws {
        let tree = try load([
            Self.period,
            Self.coa("2025-02-01", taakstelling: 28, gerealiseerd: 1),
            Self.coa("2025-04-01", taakstelling: 28, gerealiseerd: 9),
            Self.coa("2025-01-01", taakstelling: 30, gerealiseerd: 30, periode: "2024-II"),
        ])
        let records = try #require(tree.municipalities.first)
        #expect(COAReconciliation.latest(in: records, on: PartialDate("2025-03-31")).map(\.path) == [
            "records/x/coa/2025-01-01.yaml", "records/x/coa/2025-02-01.yaml",
        ])
        #expect(COAReconciliation.latest(in: records, on: nil).map(\.path).last == "records/x/coa/2025-04-01.yaml")
        #expect(COAReconciliation.latest(in: records, on: PartialDate("2024-12-31")).isEmpty)
    }
}
