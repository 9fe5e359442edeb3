import Foundation
import Testing

/// `TAAKBOEK_YAML_READER=yams` (the benchmark's A/B switch) sends every record through Yams
/// instead of `FastYAMLReader`: the answers must be the same, findings and quoted lines included.
@Suite("The YAML reader switch")
struct YAMLReaderSwitchTests {
    @Test func bothReadersGiveTheSameCheck() throws {
        let folder = try RecordFolder.shipped()
        // A finding with a quoted line and an equation, so there is something to compare.
        try folder.replace("records/tynaarlo/perioden/2025-I.yaml", "totaal: 64", with: "totaal: 65")
        for format in ["text", "json", "sarif"] {
            let fast = try Taakboek.run(["-C", folder.url.path, "check", "--format", format])
            let yams = try Taakboek.run(
                ["-C", folder.url.path, "check", "--format", format], environment: ["TAAKBOEK_YAML_READER": "yams"])
            #expect(fast.status == 1 && yams.status == 1, "\(fast.stdout)")
            #expect(fast.stdout == yams.stdout, "\(format)")
        }
    }
}
