import Foundation
import Testing

/// `taakboek init` on real folders: an empty git repository, a plain folder, a second run, and
/// the usage errors (exit 2 with a Dutch message, English with --lang en).
@Suite("taakboek init, end to end")
struct InitCommandTests {
    static let arguments = ["init", "--gemeente", "Aa en Hunze", "--cbs-code", "GM1680", "--provincie", "Drenthe"]

    @Test func emptyGitRepositoryGetsEveryFileAndPassesTheCheck() throws {
        let folder = try RecordFolder()
        try folder.git("init", "-q")
        let run = try Taakboek.run(Self.arguments, in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(!run.stdout.contains("git-repository aangemaakt"))
        for path in [
            "records/aa-en-hunze/gemeente.yaml", "schemas/periode.schema.json", "schemas/soorten.yaml",
            ".github/workflows/records.yml", "README.md", ".git/hooks/pre-commit",
        ] {
            #expect(run.stdout.contains("aangemaakt:   \(path)\n"), "\(path)")
            #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(path).path), "\(path)")
        }
        #expect(run.stdout.contains("Volgende stappen:\n"))
        let check = try Taakboek.run(["check"], in: folder.url)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout == "taakboek check: 0 fouten, 0 waarschuwingen, 0 opmerkingen in 1 records\n")
    }

    @Test func plainFolderBecomesARepository() throws {
        let folder = try RecordFolder()
        let run = try Taakboek.run(["-C", folder.url.path] + Self.arguments)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("git-repository aangemaakt (branch main)\n"))
        #expect(try folder.git("symbolic-ref", "HEAD") == "refs/heads/main\n")
    }

    @Test func existingFilesAreSkippedAndKept() throws {
        let folder = try RecordFolder()
        try folder.write("README.md", "# Eigen README\n")
        let run = try Taakboek.run(Self.arguments + ["--lang", "en"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.stdout.contains("skipped:      README.md (already exists, not overwritten)\n"))
        #expect(try folder.read("README.md") == "# Eigen README\n")
        let again = try Taakboek.run(Self.arguments, in: folder.url)
        #expect(again.status == 0)
        #expect(!again.stdout.contains("aangemaakt:"))
        #expect(
            again.stdout.contains("overgeslagen: records/aa-en-hunze/gemeente.yaml (bestaat al, niet overschreven)\n"))
    }

    @Test func badCodeAndProvinceAreUsageErrors() throws {
        let folder = try RecordFolder()
        let run = try Taakboek.run(
            ["init", "--gemeente", "Tynaarlo", "--cbs-code", "1730", "--provincie", "Drente"], in: folder.url)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(
            run.stderr
                == "taakboek: '1730' is geen CBS-gemeentecode: schrijf GM gevolgd door vier cijfers, bijvoorbeeld GM1680 (bedoelt u GM1730?)\ntaakboek: 'Drente' is geen provincie; kies een van: Drenthe, Flevoland, Friesland, Gelderland, Groningen, Limburg, Noord-Brabant, Noord-Holland, Overijssel, Utrecht, Zeeland, Zuid-Holland\n"
        )
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
        let english = try Taakboek.run(
            ["--lang", "en", "init", "--gemeente", "Tynaarlo", "--cbs-code", "GM1730", "--provincie", "Drente"],
            in: folder.url)
        #expect(english.status == 2)
        #expect(english.stderr.hasPrefix("taakboek: 'Drente' is not a province; choose one of: Drenthe,"))
        let missing = try Taakboek.run(["init", "--gemeente", "Tynaarlo"], in: folder.url)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("--cbs-code"))
        let nowhere = try Taakboek.run(["-C", folder.url.path + "/bestaat-niet"] + Self.arguments)
        #expect(nowhere.status == 2)
        #expect(nowhere.stderr.contains("bestaat niet of is geen map"))
    }
}
