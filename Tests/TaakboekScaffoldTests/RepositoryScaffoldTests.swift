import Foundation
import TaakboekCore
import TaakboekRules
import Testing

@testable import TaakboekScaffold

@Suite("taakboek init: the files it writes")
struct RepositoryScaffoldTests {
    let municipality: MunicipalityInput

    init() throws {
        municipality = try MunicipalityInput(name: "Aa en Hunze", cbsCode: "GM1680", province: "Drenthe")
    }

    @Test func aPlainFolderBecomesARepositoryWithEveryFile() throws {
        let folder = try TemporaryFolder()
        let report = try RepositoryScaffold.run(
            in: folder.path, municipality: municipality, binary: "/usr/bin/taakboek")
        #expect(report.createdRepository)
        #expect(!report.failed)
        #expect(report.entries.allSatisfy { $0.outcome == .written })
        #expect(
            report.entries.map(\.path) == [
                "records/aa-en-hunze/gemeente.yaml", "schemas/brief.schema.json", "schemas/coa.schema.json",
                "schemas/correctie.schema.json",
                "schemas/gemeente.schema.json", "schemas/landelijk.schema.json", "schemas/landelijk.yaml",
                "schemas/periode.schema.json", "schemas/plaatsing.schema.json",
                "schemas/soorten.schema.json", "schemas/soorten.yaml", ".github/workflows/records.yml", "README.md",
                ".git/hooks/pre-commit",
            ])
        #expect(try folder.read("schemas/periode.schema.json") == SchemaSet.builtInFiles["periode.schema.json"])
        #expect(try folder.read(".git/hooks/pre-commit").contains("check --staged"))
        let mode =
            try FileManager.default.attributesOfItem(atPath: folder.path + "/.git/hooks/pre-commit")[.posixPermissions]
            as? Int
        #expect(mode.map { $0 & 0o100 != 0 } == true)
        #expect(
            try folder.read("README.md").contains("records/aa-en-hunze/plaatsingen/2025-I/2025-03-14-regulier.yaml"))
    }

    /// The written records pass the checker as they are.
    @Test func whatInitWritesPassesTheCheck() throws {
        let folder = try TemporaryFolder()
        _ = try RepositoryScaffold.run(in: folder.path, municipality: municipality, binary: "/usr/bin/taakboek")
        let tree = try RecordLoader.load(from: FileSystemSource(root: folder.path), analysis: Checker().fileAnalysis)
        let findings = Checker().check(tree)
        #expect(findings.isEmpty, "\(findings.map(\.message.nl))")
        #expect(tree.files.contains { $0.path == "records/aa-en-hunze/gemeente.yaml" })
    }

    @Test func aSecondRunSkipsEveryFileAndChangesNothing() throws {
        let folder = try TemporaryFolder()
        _ = try RepositoryScaffold.run(in: folder.path, municipality: municipality, binary: "/usr/bin/taakboek")
        try folder.write("README.md", "# Onze eigen README\n")
        try folder.write("records/aa-en-hunze/gemeente.yaml", "eigen inhoud\n")
        let other = try MunicipalityInput(name: "Aa en Hunze", cbsCode: "GM9999", province: "Zeeland")
        let report = try RepositoryScaffold.run(in: folder.path, municipality: other, binary: "/elders/taakboek")
        #expect(!report.createdRepository)
        #expect(report.entries.allSatisfy { $0.outcome == .skipped })
        #expect(try folder.read("README.md") == "# Onze eigen README\n")
        #expect(try folder.read("records/aa-en-hunze/gemeente.yaml") == "eigen inhoud\n")
        #expect(try folder.read(".git/hooks/pre-commit").contains("/usr/bin/taakboek"))
        let text = report.text(in: .nl, municipality: other, today: PartialDate(year: 2025, month: 3, day: 1))
        #expect(text.contains("overgeslagen: README.md (bestaat al, niet overschreven)\n"))
        #expect(text.contains("taakboek new periode 2025-I --achterstand-begin"))
    }

    @Test func aSubfolderOfAnotherRepositoryIsRefused() throws {
        let folder = try TemporaryFolder()
        _ = try RepositoryScaffold.run(in: folder.path, municipality: municipality, binary: "/usr/bin/taakboek")
        try FileManager.default.createDirectory(atPath: folder.path + "/sub", withIntermediateDirectories: true)
        let error = #expect(throws: SourceError.self) {
            try RepositoryScaffold.run(
                in: folder.path + "/sub", municipality: municipality, binary: "/usr/bin/taakboek")
        }
        #expect(error?.message.nl.contains("is niet de hoofdmap daarvan") == true)
        #expect(!folder.exists("sub/records"))
    }
}
