import Foundation
import Testing

/// `taakboek check --staged` judges exactly what is being committed.
@Suite("check --staged and friends on real repositories")
struct StagedCheckTests {
    @Test func partiallyStagedFileIsJudgedByTheIndex() throws {
        let repository = try GitRepository()
        // Index bad, working tree good: blocked.
        try repository.breakOpenPeriod()
        try repository.git("add", GitRepository.period)
        try repository.replace(GitRepository.period, "totaal: 65", with: "totaal: 64")
        let blocked = try Taakboek.run(["check", "--staged"], in: repository.url)
        #expect(blocked.status == 1, "\(blocked.stdout)")
        #expect(blocked.stdout.contains("2025-I.yaml:6:9: fout [TB202] (index)"))
        #expect(try Taakboek.run(["check"], in: repository.url).status == 0)
        // Index good, working tree bad: allowed.
        try repository.git("add", GitRepository.period)
        try repository.breakOpenPeriod()
        let allowed = try Taakboek.run(["check", "--staged"], in: repository.url)
        #expect(allowed.status == 0, "\(allowed.stdout)")
        #expect(try Taakboek.run(["check"], in: repository.url).status == 1)
    }

    @Test func firstCommitHasNoBase() throws {
        let repository = try GitRepository(committed: false)
        try repository.git("add", "-A")
        let run = try Taakboek.run(["check", "--staged"], in: repository.url)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("in 15 records (index)"))
    }

    @Test func conflictsAreRefusedClearly() throws {
        let repository = try GitRepository()
        try repository.git("checkout", "-qb", "ander")
        try repository.replace(GitRepository.period, "bron: Raadsinformatiebrief over 2024-II", with: "bron: Ander")
        try repository.git("commit", "-qam", "ander")
        try repository.git("checkout", "-q", "main")
        try repository.replace(GitRepository.period, "bron: Raadsinformatiebrief over 2024-II", with: "bron: Hoofd")
        try repository.git("commit", "-qam", "hoofd")
        #expect(try repository.git("merge", "ander").status != 0)
        let run = try Taakboek.run(["check", "--staged"], in: repository.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("de index heeft samenvoegconflicten (records/tynaarlo/perioden/2025-I.yaml)"))
    }

    @Test func revisionInABareRepositoryAndFromASubfolder() throws {
        let repository = try GitRepository()
        try repository.breakOpenPeriod()
        try repository.git("commit", "-qam", "fout in 2025-I")
        let bare = FileManager.default.temporaryDirectory.appendingPathComponent("taakboek-bare-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: bare) }
        _ = try GitRepository.git(
            ["clone", "-q", "--bare", repository.url.path, bare.path], in: repository.url, home: repository.url)
        let head = try Taakboek.run(["-C", bare.path, "check", "--rev", "HEAD"])
        #expect(head.status == 1)
        #expect(head.stdout.contains("fout [TB202] ("))
        let previous = try Taakboek.run(["-C", bare.path, "check", "--rev", "HEAD~1"])
        #expect(previous.status == 0, "\(previous.stdout)\(previous.stderr)")
        let fromSubfolder = try Taakboek.run(
            ["check", "--rev", "HEAD~1"], in: repository.url.appendingPathComponent("records/tynaarlo"))
        #expect(fromSubfolder.status == 0, "\(fromSubfolder.stderr)")
    }

    @Test func linkedWorktree() throws {
        let repository = try GitRepository()
        let worktree = FileManager.default.temporaryDirectory.appendingPathComponent("taakboek-wt-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: worktree) }
        try repository.git("worktree", "add", "-q", worktree.path)
        try Data("periode: 2025-I\n".utf8).write(
            to: worktree.appendingPathComponent("records/tynaarlo/perioden/2025-I.yaml"))
        _ = try GitRepository.git(["add", "-A"], in: worktree, home: repository.url)
        let run = try Taakboek.run(["check", "--staged"], in: worktree)
        #expect(run.status == 1)
        #expect(run.stdout.contains("verplicht veld `status` ontbreekt"))
        #expect(try Taakboek.run(["check", "--staged"], in: repository.url).status == 0)
    }

    @Test func rangeNamesTheFirstCommitOfEachFinding() throws {
        let repository = try GitRepository()
        let start = try repository.git("rev-parse", "HEAD").output.trimmingCharacters(in: .whitespacesAndNewlines)
        try repository.breakOpenPeriod()
        try repository.git("commit", "-qam", "fout")
        let bad = try repository.git("rev-parse", "--short=7", "HEAD").output.trimmingCharacters(
            in: .whitespacesAndNewlines)
        try repository.write(
            "records/tynaarlo/perioden/2025-I.yaml",
            try repository.folder.read(GitRepository.period).replacingOccurrences(
                of: "bron:", with: "opmerking: x\nbron:"))
        try repository.git("commit", "-qam", "nog een")
        let run = try Taakboek.run(["check", "--range", "\(start)..HEAD"], in: repository.url)
        #expect(run.status == 1)
        #expect(run.stdout.contains("fout [TB202] (\(bad))"), "\(run.stdout)")
        #expect(run.stdout.contains("in 2 commits"))
    }

    @Test func shallowCloneWithAMissingBaseSaysHowToFixIt() throws {
        let repository = try GitRepository()
        try repository.breakOpenPeriod()
        try repository.git("commit", "-qam", "tweede")
        let shallow = FileManager.default.temporaryDirectory.appendingPathComponent(
            "taakboek-shallow-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: shallow) }
        _ = try GitRepository.git(
            ["clone", "-q", "--depth", "1", "file://" + repository.url.path, shallow.path], in: repository.url,
            home: repository.url)
        let run = try Taakboek.run(["-C", shallow.path, "check", "--base", "HEAD~1"])
        #expect(run.status == 2)
        #expect(
            run.stderr.contains("deze kloon is ondiep (shallow); haal meer geschiedenis op met `git fetch --unshallow`")
        )
    }
}
