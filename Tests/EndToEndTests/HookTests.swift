import Foundation
import Testing

/// The installed hook with real `git commit`: every way git hands a hook the index.
@Suite("The pre-commit hook")
struct HookTests {
    func installed() throws -> GitRepository {
        let repository = try GitRepository()
        let run = try Taakboek.run(["hook", "install"], in: repository.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("taakboek: pre-commit-hook geïnstalleerd in "))
        return repository
    }

    func head(_ repository: GitRepository) throws -> String {
        try repository.git("rev-parse", "HEAD").output
    }

    @Test func inconsistentCommitIsRefusedAndConsistentOneGoesThrough() throws {
        let repository = try installed()
        let before = try head(repository)
        try repository.breakOpenPeriod()
        try repository.git("add", "-A")
        let refused = try repository.git("commit", "-qm", "fout")
        #expect(refused.status != 0)
        #expect(refused.output.contains("fout [TB202] (index)"))
        #expect(try head(repository) == before)
        try repository.replace(GitRepository.period, "totaal: 65", with: "totaal: 64")
        try repository.replace(GitRepository.period, "bron: ", with: "bron: Bijgewerkt. ")
        try repository.git("add", "-A")
        #expect(try repository.git("commit", "-qm", "goed").status == 0)
        #expect(try head(repository) != before)
    }

    @Test func commitAllUsesGitsTemporaryIndex() throws {
        let repository = try installed()
        try repository.breakOpenPeriod()
        // Nothing staged: only `commit -a` sees the change, through GIT_INDEX_FILE.
        #expect(try repository.git("commit", "-qam", "fout").status != 0)
        try repository.replace(GitRepository.period, "totaal: 65", with: "totaal: 64")
        try repository.replace(GitRepository.period, "bron: ", with: "bron: Bijgewerkt. ")
        #expect(try repository.git("commit", "-qam", "goed").status == 0)
    }

    @Test func commitOfNamedPathsChecksOnlyWhatIsCommitted() throws {
        let repository = try installed()
        // A bad change staged in one file, a good change committed by path in another: git
        // builds a temporary index with HEAD plus the named path, so the bad one is not judged.
        try repository.breakOpenPeriod()
        try repository.git("add", GitRepository.period)
        try repository.replace(
            "records/tynaarlo/gemeente.yaml", "provincie: Drenthe", with: "provincie: Drenthe\n")
        try repository.write("records/tynaarlo/README.md", "# Tynaarlo\n")
        try repository.git("add", "records/tynaarlo/README.md")
        #expect(try repository.git("commit", "-qm", "alleen readme", "--", "records/tynaarlo/README.md").status == 0)
        #expect(try repository.git("commit", "-qm", "de rest").status != 0)
    }

    @Test func refusesToOverwriteAnotherHookAndChainsOnRequest() throws {
        let repository = try GitRepository()
        let hook = repository.url.appendingPathComponent(".git/hooks/pre-commit")
        try Data("#!/bin/sh\necho eigen >> \"$(git rev-parse --git-dir)/eigen.log\"\n".utf8).write(to: hook)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        let refused = try Taakboek.run(["hook", "install"], in: repository.url)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("taakboek overschrijft die niet"))
        #expect(try String(contentsOf: hook, encoding: .utf8).contains("echo eigen"))
        let chained = try Taakboek.run(["hook", "install", "--chain"], in: repository.url)
        #expect(chained.status == 0)
        try repository.breakOpenPeriod()
        #expect(try repository.git("commit", "-qam", "fout").status != 0)
        #expect(FileManager.default.fileExists(atPath: repository.url.appendingPathComponent(".git/eigen.log").path))
    }
}
