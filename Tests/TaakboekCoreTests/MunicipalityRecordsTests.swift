import Testing

@testable import TaakboekCore

/// The lookups rules use on a municipality's records: a binary search by placement id and the
/// placements of one period folder must give what a linear scan gives.
@Suite("Looking up a municipality's records")
struct MunicipalityRecordsTests {
    static func placementPath(_ period: String, _ name: String) -> String {
        "records/x/plaatsingen/\(period)/\(name).yaml"
    }

    static func records(_ paths: [String]) throws -> MunicipalityRecords {
        let entries = paths.map { path in
            SourceEntry(
                path: path,
                content: .file(
                    Array(
                        (RecordKind.schemaLine(forPath: path, kind: .placement)
                            + "\ndatum: 2024-10-02\nsoort: regulier\npersonen: 2\n").utf8)))
        }
        let tree = try RecordLoader.load(from: InMemorySource(entries))
        return try #require(tree.municipalities.first)
    }

    @Test func lookupsAgreeWithALinearScan() throws {
        var random = FastYAMLCorpus.Random(seed: 42)
        let periods = ["2023-I", "2023-II", "2024-I", "2024-II", "20x4-II", "2010-I"]
        let names = ["a", "b", "kamer-1", "kamer-10", "kamer-2", "Z", "é", "e\u{301}x", "vredestein"]
        var paths: Set<String> = []
        for _ in 0..<40 { paths.insert(Self.placementPath(random.pick(periods), random.pick(names))) }
        let records = try Self.records(Array(paths))
        #expect(records.placements.count == paths.count)
        let ids = records.placements.map(\.id) + ["", "2024-II", "2024-II/", "2024-II/zz", "zzz", "0"]
        for id in ids {
            #expect(records.placement(id: id)?.path == records.placements.first { $0.id == id }?.path, "\(id)")
        }
        for period in records.placements.compactMap(\.folderPeriod) + [PeriodID(year: 1999, half: 1)] {
            #expect(
                records.placements(in: period).map(\.path)
                    == records.placements.filter { $0.folderPeriod == period }.map(\.path))
        }
    }

    @Test func schemaLineIsRecognisedAsThePrefixCheckDoes() {
        let paths = [
            "records/x/gemeente.yaml", "records/x/perioden/2024-II.yaml", "records/x/plaatsingen/2024-II/a.yaml",
            "records/x/brieven/b.md", "records/x/correcties/c.yaml", "records/é/perioden/2024-I.yaml",
        ]
        for path in paths {
            guard case .record(let kind, _) = RecordPath.classify(path) else {
                Issue.record("not a record path: \(path)")
                continue
            }
            let line = RecordKind.schemaLine(forPath: path, kind: kind)
            let opening = kind == .letter ? "---\n" : ""
            let texts = [
                opening + line + "\nnaam: x\n", opening + line, opening + line + " \n", opening + line + "\n",
                opening + line.replacingOccurrences(of: "../", with: "./") + "\n", line + "\n", "---\n" + line + "\n",
                "", "\n", opening + line + "\u{301}\n", opening + String(line.dropLast()) + "\n",
            ]
            for text in texts {
                #expect(
                    RecordKind.text(text, startsWithSchemaLineForPath: path, kind: kind)
                        == text.utf8.starts(with: (opening + line + "\n").utf8),
                    "\(path) \(text.debugDescription)")
            }
        }
    }
}
