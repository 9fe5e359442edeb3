import Foundation
import Testing

/// The history-aware rules, both ways, through the binary on real repositories.
@Suite("Changes to closed periods")
struct ChangeRuleTests {
    @Test func changedClosedFigureWithoutCorrectionIsBlockedAndNamesTheCommit() throws {
        let repository = try GitRepository()
        let commit = try repository.git("rev-parse", "--short=7", "HEAD").output.trimmingCharacters(
            in: .whitespacesAndNewlines)
        try repository.replace(GitRepository.closedPeriod, "taakstelling: 33", with: "taakstelling: 34")
        try repository.replace(GitRepository.closedPeriod, "totaal: 71", with: "totaal: 72")
        try repository.replace(GitRepository.closedPeriod, "achterstand_eind: 30", with: "achterstand_eind: 31")
        try repository.git("add", "-A")
        let run = try Taakboek.run(["check", "--staged"], in: repository.url)
        #expect(run.status == 1)
        #expect(
            run.stdout.contains(
                "fout [TB801] (index) taakstelling van 2024-II wijzigt van 33 naar 34, maar de periode was afgesloten in HEAD"
            ))
        #expect(run.stdout.contains("de oude waarde is gezet in commit \(commit)"))
    }

    /// The figure was set on a branch that was merged: the finding names the commit on the
    /// branch, as `taakboek blame` does (not the merge, which a first-parent walk would find).
    @Test func theFindingNamesTheCommitBlameNames() throws {
        let repository = try GitRepository()
        try repository.git("checkout", "-qb", "telling")
        try repository.replace(GitRepository.closedPeriod, "taakstelling: 33", with: "taakstelling: 32")
        try repository.git("commit", "-qam", "Taakstelling 2024-II volgens COA")
        let setter = try repository.git("rev-parse", "--short=7", "HEAD").output.trimmingCharacters(
            in: .whitespacesAndNewlines)
        try repository.git("checkout", "-q", "main")
        try repository.git("merge", "-q", "--no-ff", "-m", "Telling samengevoegd", "telling")
        let blame = try Taakboek.run(["blame", GitRepository.closedPeriod], in: repository.url)
        #expect(blame.status == 0, "\(blame.stderr)")
        let line = blame.stdout.split(separator: "\n").first { $0.hasPrefix("taakstelling ") } ?? ""
        #expect(line.contains(setter), "\(blame.stdout)")

        try repository.replace(GitRepository.closedPeriod, "taakstelling: 32", with: "taakstelling: 34")
        try repository.git("add", "-A")
        let run = try Taakboek.run(["check", "--staged"], in: repository.url)
        #expect(run.status == 1)
        #expect(run.stdout.contains("de oude waarde is gezet in commit \(setter)"), "\(run.stdout)")
    }

    @Test func changedClosedFigureWithMatchingCorrectionPasses() throws {
        let repository = try GitRepository()
        try repository.replace(GitRepository.closedPeriod, "gehuisvest: 41", with: "gehuisvest: 42")
        try repository.replace(GitRepository.closedPeriod, "achterstand_eind: 30", with: "achterstand_eind: 29")
        try repository.replace(
            "records/tynaarlo/perioden/2025-I.yaml", "achterstand_begin: 30", with: "achterstand_begin: 29")
        try repository.replace("records/tynaarlo/perioden/2025-I.yaml", "totaal: 64", with: "totaal: 63")
        try repository.write(
            "records/tynaarlo/correcties/2025-06-telling-2024-II.yaml",
            """
            # yaml-language-server: $schema=../../../schemas/correctie.schema.json
            datum: 2025-06-01
            periode: 2024-II
            wijzigingen:
              gehuisvest: {van: 41, naar: 42}
              achterstand_eind: {van: 30, naar: 29}
            reden: Een gezin bleek in december te zijn gehuisvest.
            bron: Maandoverzicht COA (fictief voorbeeld)

            """)
        // The letter quoted 2025-I's opgave as 64: its correction lets the letter be judged as of its date.
        try repository.write(
            "records/tynaarlo/correcties/2025-06-doorwerking-2025-I.yaml",
            """
            # yaml-language-server: $schema=../../../schemas/correctie.schema.json
            datum: 2025-06-01
            periode: 2025-I
            wijzigingen:
              achterstand_begin: {van: 30, naar: 29}
              totaal: {van: 64, naar: 63}
            reden: Doorwerking van de correctie van 2024-II.
            bron: Maandoverzicht COA (fictief voorbeeld)

            """)
        try repository.git("add", "-A")
        let run = try Taakboek.run(["check", "--staged", "--hide-notes"], in: repository.url)
        #expect(run.status == 0, "\(run.stdout)")
    }

    @Test func deletingALetterIsBlockedUnlessACorrectionExplainsIt() throws {
        let repository = try GitRepository()
        try repository.git("rm", "-q", "records/tynaarlo/brieven/2025-raadsinformatiebrief-2024-II.md")
        let blocked = try Taakboek.run(["check", "--staged"], in: repository.url)
        #expect(blocked.status == 1)
        #expect(
            blocked.stdout.contains(
                "fout [TB802] (index) records/tynaarlo/brieven/2025-raadsinformatiebrief-2024-II.md (een raadsbrief) is verwijderd"
            ))
        let moved = try GitRepository()
        try moved.git(
            "mv", "records/tynaarlo/brieven/2025-raadsinformatiebrief-2024-II.md",
            "records/tynaarlo/brieven/raadsbrief-2024-II.md")
        #expect(try Taakboek.run(["check", "--staged"], in: moved.url).status == 0)
    }

    @Test func baseOptionComparesWithATargetBranch() throws {
        let repository = try GitRepository()
        try repository.git("checkout", "-qb", "voorstel")
        try repository.replace(GitRepository.closedPeriod, "taakstelling: 33", with: "taakstelling: 32")
        try repository.replace(GitRepository.closedPeriod, "totaal: 71", with: "totaal: 70")
        try repository.replace(GitRepository.closedPeriod, "achterstand_eind: 30", with: "achterstand_eind: 29")
        try repository.git("commit", "-qam", "stil gewijzigd")
        let run = try Taakboek.run(["check", "--rev", "HEAD", "--base", "main"], in: repository.url)
        #expect(run.status == 1)
        #expect(run.stdout.contains("maar de periode was afgesloten in main"))
    }
}
