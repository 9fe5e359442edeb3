import Testing

@testable import TaakboekCore

/// The table of record kinds is what the layers read: the layout classifies paths (the byte-level
/// classifier agrees with the table-driven one), the hint names every layout, and the field lists
/// are the models'.
@Suite("Record kinds, one table")
struct RecordKindTableTests {
    /// A path of the kind as its layout describes it.
    static func example(_ kind: RecordKind) -> String {
        let layout = kind.layout
        var parts = ["records", "de-wolden"]
        if let folder = layout.folder { parts.append(folder) }
        parts += Array(repeating: "2024-II", count: layout.subfolders)
        parts.append(layout.fileName ?? "een record" + layout.fileExtension)
        return parts.joined(separator: "/")
    }

    @Test(arguments: RecordKind.allCases)
    func aPathInTheLayoutIsOfItsKind(kind: RecordKind) {
        let path = Self.example(kind)
        #expect(RecordPath.classify(path) == .record(kind, municipality: "de-wolden"), "\(path)")
        #expect(RecordPath.classifyReference(path) == .record(kind, municipality: "de-wolden"), "\(path)")
        #expect(kind.layout.depth == path.split(separator: "/").count)
        // One folder deeper, or another extension, is no longer of the kind.
        for other in [path.replacingOccurrences(of: "/de-wolden/", with: "/de-wolden/x/"), path + ".txt"] {
            #expect(RecordPath.classify(other) == RecordPath.classifyReference(other), "\(other)")
            #expect(RecordPath.classify(other) != .record(kind, municipality: "de-wolden"), "\(other)")
        }
    }

    @Test func theHintNamesEveryLayoutInBothLanguages() {
        for kind in RecordKind.allCases {
            #expect(RecordPath.layoutHint.nl.contains(kind.layout.pattern.nl))
            #expect(RecordPath.layoutHint.en.contains(kind.layout.pattern.en))
        }
        #expect(
            RecordPath.layoutHint.nl
                == "dit bestand hoort niet in de indeling van records/ (gemeente.yaml, perioden/<JJJJ>-<I|II>.yaml, plaatsingen/<periode>/<naam>.yaml, correcties/<naam>.yaml, coa/<JJJJ-MM-DD>.yaml, brieven/<naam>.md); verplaats of verwijder het"
        )
    }

    @Test func fieldsAreTheModelsInSchemaOrder() {
        #expect(RecordKind.period.fieldNames.first == "periode")
        #expect(RecordKind.placement.fieldNames.starts(with: ["datum", "soort", "personen"]))
        for kind in RecordKind.allCases {
            #expect(Set(kind.summaryFields).isSubset(of: Set(kind.fieldNames)), "\(kind)")
        }
    }
}
