import Foundation
import Testing

/// Issue 6's "done" test: a records repository made from nothing with `taakboek init`, a period
/// and a placement written with `taakboek new` and committed through the installed hook with a
/// real `git commit`; then a period with wrong arithmetic is refused by the hook.
@Suite("A records repository from init to a refused commit")
struct RecordsRepositoryTests {
    /// git with a fixed identity and no user or system configuration; the hook runs this build.
    static func git(_ arguments: String..., in folder: RecordFolder) throws -> (status: Int32, output: String) {
        try GitRepository.git(
            arguments, in: folder.url, home: folder.url, environment: ["TAAKBOEK": Taakboek.binary.path])
    }

    @Test func initNewCommitThroughTheHookAndABadEditIsRefused() throws {
        let folder = try RecordFolder()
        #expect(try Self.git("init", "-q", in: folder).status == 0)

        let initialised = try Taakboek.run(InitCommandTests.arguments, in: folder.url)
        #expect(initialised.status == 0, "\(initialised.stderr)")
        #expect(initialised.stdout.contains("aangemaakt:   .git/hooks/pre-commit\n"))
        let period = try Taakboek.run(
            ["new", "periode", "2025-I", "--achterstand-begin", "12", "--taakstelling", "30"], in: folder.url)
        #expect(period.status == 0, "\(period.stderr)")
        let placement = try Taakboek.run(
            ["new", "plaatsing", "--datum", "2025-03-14", "--soort", "regulier", "--personen", "3"], in: folder.url)
        #expect(placement.status == 0, "\(placement.stderr)")
        let placementPath = "records/aa-en-hunze/plaatsingen/2025-I/2025-03-14-regulier.yaml"
        #expect(placement.stdout.hasPrefix(placementPath + "\n"))

        #expect(try Self.git("add", "-A", in: folder).status == 0)
        let committed = try Self.git("commit", "-qm", "Records van Aa en Hunze", in: folder)
        #expect(committed.status == 0, "\(committed.output)")
        #expect(try Self.git("ls-files", in: folder).output.contains(placementPath + "\n"))
        let check = try Taakboek.run(["check"], in: folder.url)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout == "taakboek check: 0 fouten, 0 waarschuwingen, 0 opmerkingen in 3 records\n")
        let head = try Self.git("rev-parse", "HEAD", in: folder).output

        // Closing the half-year with an end backlog that does not follow from the figures.
        try folder.replace(
            "records/aa-en-hunze/perioden/2025-I.yaml", "status: open",
            with: "status: afgesloten\ngehuisvest: 3\nachterstand_eind: 40")
        #expect(try Self.git("add", "-A", in: folder).status == 0)
        let refused = try Self.git("commit", "-qm", "2025-I afgesloten", in: folder)
        #expect(refused.status != 0)
        #expect(
            refused.output.contains(
                "records/aa-en-hunze/perioden/2025-I.yaml:8:19: fout [TB201] (index) achterstand_eind klopt niet: achterstand_begin + taakstelling − gehuisvest = 39, maar er staat 40"
            ), "\(refused.output)")
        #expect(refused.output.contains("taakboek check: 1 fout, 0 waarschuwingen"))
        #expect(try Self.git("rev-parse", "HEAD", in: folder).output == head)
    }
}
