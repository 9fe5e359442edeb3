import Foundation
import Testing

/// Repositories that are damaged or unusual, with every command that reads git. A damaged one
/// gives one line on stderr naming the problem and what to do, with exit status 2, never a stack
/// trace and never an answer that silently leaves a record out; a legitimate one (detached HEAD,
/// shallow clone, no commits yet, a held index.lock) works as far as its history allows.
@Suite("Damaged and unusual repositories")
struct DamagedRepositoryTests {
    static let period = "records/tynaarlo/perioden/2024-II.yaml"

    /// The shipped records in two commits (the second changes 2025-I's `bron`).
    static func twoCommits() throws -> GitRepository {
        let repository = try GitRepository()
        try repository.replace(GitRepository.period, "bron: ", with: "bron: Later aangevuld. ")
        try repository.git("commit", "-qam", "Bron aangevuld")
        return repository
    }

    /// The commands that read git, on the shipped records.
    static let gitCommands: [[String]] = [
        ["check", "--staged"], ["check", "--rev", "HEAD"], ["check", "--rev", "HEAD", "--base", "HEAD~1"],
        ["check", "--range", "HEAD~1..HEAD"], ["log", "2024-II"], ["show", "2024-II"], ["blame", "2024-II"],
        ["diff", "HEAD~1"], ["diff", "HEAD~1", "HEAD"], ["history", "--as-of", "HEAD"],
        ["report", "2024-II", "--as-of", "HEAD"],
    ]

    /// The commands that read only the working tree.
    static let workingTreeCommands: [[String]] = [
        ["check"], ["history"], ["report", "2024-II"], ["overview", "--date", "2025-01-01"],
        ["progress", "--date", "2025-03-01"],
    ]

    /// Runs `arguments` and expects exit status 2 with one line on stderr containing `expected`.
    func expectOneLineError(
        _ arguments: [String], in repository: GitRepository, _ expected: String...,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let run = try Taakboek.run(["-C", repository.url.path] + arguments)
        let lines = run.stderr.split(separator: "\n")
        #expect(run.status == 2, "\(arguments): \(run.status) \(run.stderr)", sourceLocation: sourceLocation)
        #expect(
            lines.count == 1 && lines.first?.hasPrefix("taakboek: ") == true, "\(arguments): \(run.stderr)",
            sourceLocation: sourceLocation)
        for text in expected {
            #expect(run.stderr.contains(text), "\(arguments): \(run.stderr)", sourceLocation: sourceLocation)
        }
    }

    /// Runs `arguments` and expects it to work: exit status 0 (or 1 for findings), nothing on stderr
    /// but what a command says there by design.
    func expectWorks(
        _ arguments: [String], in repository: GitRepository, status: Int32 = 0,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Run {
        let run = try Taakboek.run(["-C", repository.url.path] + arguments)
        #expect(
            run.status == status, "\(arguments): \(run.status) \(run.stdout) \(run.stderr)",
            sourceLocation: sourceLocation)
        #expect(
            !run.stderr.contains("Fatal error") && !run.stderr.contains("Backtrace"), sourceLocation: sourceLocation)
        return run
    }

    func objectPath(_ repository: GitRepository, _ revision: String) throws -> URL {
        let hex = try repository.git("rev-parse", revision).output.trimmingCharacters(in: .whitespacesAndNewlines)
        return repository.url.appendingPathComponent(".git/objects/\(hex.prefix(2))/\(hex.dropFirst(2))")
    }

    @Test func aCorruptObjectStopsEveryCommandThatNeedsIt() throws {
        let repository = try Self.twoCommits()
        let object = try objectPath(repository, "HEAD:" + Self.period)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: object.path)
        try Data("geen zlib-stroom".utf8).write(to: object)
        for command in Self.gitCommands {
            try expectOneLineError(command, in: repository, "de repository is beschadigd", "git fsck")
        }
        try expectOneLineError(
            ["check", "--rev", "HEAD"], in: repository,
            "van records/tynaarlo/perioden/2024-II.yaml kan niet worden gelezen")
        // Run again: a damaged object must not have been cached as a readable record.
        try expectOneLineError(["check", "--staged"], in: repository, "2024-II.yaml")
        // Nothing to read: HEAD and the index are the same.
        _ = try expectWorks(["diff", "--staged"], in: repository)
        for command in Self.workingTreeCommands { _ = try expectWorks(command, in: repository) }
    }

    @Test func aMissingObjectStopsEveryCommandThatNeedsIt() throws {
        let repository = try Self.twoCommits()
        try FileManager.default.removeItem(at: try objectPath(repository, "HEAD:" + Self.period))
        for command in Self.gitCommands {
            try expectOneLineError(command, in: repository, "de repository is beschadigd", "git fsck")
        }
        try expectOneLineError(["--lang", "en", "log", "2024-II"], in: repository, "object not found", "git fsck")
    }

    @Test func aMissingCommitIsAnErrorNamingIt() throws {
        let repository = try Self.twoCommits()
        let first = try repository.git("rev-parse", "HEAD~1").output.trimmingCharacters(in: .whitespacesAndNewlines)
        try FileManager.default.removeItem(at: try objectPath(repository, "HEAD~1"))
        try expectOneLineError(["log", "2024-II"], in: repository, first, "de repository is beschadigd")
        try expectOneLineError(["blame", "2024-II"], in: repository, first, "git fsck")
        try expectOneLineError(["check", "--rev", "HEAD", "--base", "HEAD~1"], in: repository, "HEAD~1", first)
        try expectOneLineError(["diff", "HEAD~1"], in: repository, "HEAD~1", first)
        _ = try expectWorks(["check", "--rev", "HEAD"], in: repository)
    }

    @Test func aTruncatedIndexIsAnErrorForWhatReadsTheIndex() throws {
        let repository = try Self.twoCommits()
        let index = repository.url.appendingPathComponent(".git/index")
        let handle = try FileHandle(forWritingTo: index)
        try handle.truncate(atOffset: 100)
        try handle.close()
        for command in [["check", "--staged"], ["diff", "--staged"]] {
            try expectOneLineError(command, in: repository, "de index (.git/index) is beschadigd", "git reset")
        }
        for command in [
            ["check", "--rev", "HEAD"], ["log", "2024-II"], ["show", "2024-II"], ["diff", "HEAD~1", "HEAD"],
        ] {
            _ = try expectWorks(command, in: repository)
        }
    }

    @Test func anIndexLockHeldByAnotherProcessChangesNothing() throws {
        let repository = try Self.twoCommits()
        // git's own lock: taakboek never writes the index, so it does not need the lock.
        let lock = repository.url.appendingPathComponent(".git/index.lock")
        #expect(FileManager.default.createFile(atPath: lock.path, contents: Data()))
        for command in Self.gitCommands + Self.workingTreeCommands + [["diff", "--staged"]] {
            _ = try expectWorks(command, in: repository)
        }
        #expect(FileManager.default.fileExists(atPath: lock.path), "the other process's lock is left alone")
    }

    /// Another record's valid object under this record's id: zlib accepts it, and libgit2 does
    /// not hash it where its verification is off (the cold path walks of `log` and `blame`).
    /// Every command still refuses it rather than show another record's content as this one's.
    @Test func anObjectWithAnotherObjectsContentIsCaughtByEveryCommand() throws {
        let repository = try Self.twoCommits()
        let first = try objectPath(repository, "HEAD~1:" + Self.period)
        let other = try objectPath(repository, "HEAD~1:" + GitRepository.period)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: first.path)
        try FileManager.default.removeItem(at: first)
        try FileManager.default.copyItem(at: other, to: first)
        for command in [
            ["log", "2024-II"], ["blame", "2024-II"], ["show", "2024-II", "--as-of", "HEAD"],
            ["check", "--rev", "HEAD"],
        ] {
            try expectOneLineError(command, in: repository, "de repository is beschadigd", "git fsck")
        }
    }

    /// A branch reference that is not a commit id: `--staged` is refused, never run without its
    /// base (which would skip the change rules silently).
    @Test func aDamagedHeadReferenceIsAnErrorNotAnEmptyHistory() throws {
        let repository = try GitRepository()
        try Data("geen commit-id\n".utf8).write(to: repository.url.appendingPathComponent(".git/refs/heads/main"))
        for command in [["check", "--staged"], ["diff", "--staged"]] {
            try expectOneLineError(command, in: repository, "HEAD kan niet worden gelezen", "beschadigd")
        }
    }

    @Test func aDetachedHeadWorks() throws {
        let repository = try Self.twoCommits()
        try repository.git("checkout", "-q", "--detach", "HEAD~1")
        for command in [
            ["check", "--staged"], ["check", "--rev", "HEAD"], ["log", "2024-II"], ["blame", "2024-II"],
        ] {
            _ = try expectWorks(command, in: repository)
        }
        let show = try expectWorks(["show", "2025-I"], in: repository)
        #expect(!show.stdout.contains("Later aangevuld"), "HEAD is the first commit")
        let diff = try expectWorks(["diff", "HEAD", "main"], in: repository)
        #expect(diff.stdout.contains("bron"))
    }

    @Test func aRepositoryWithoutCommits() throws {
        let repository = try GitRepository(committed: false)
        _ = try expectWorks(["check"], in: repository)
        try repository.git("add", "-A")
        // The first commit: the index is checked, with no base.
        _ = try expectWorks(["check", "--staged"], in: repository)
        for command in [["check", "--rev", "HEAD"], ["check", "--range", "HEAD~1..HEAD"]] {
            try expectOneLineError(command, in: repository, "de repository heeft nog geen commits")
        }
        for command in [["log", "2024-II"], ["show", "2024-II"], ["blame", "2024-II"], ["diff", "HEAD"]] {
            try expectOneLineError(command, in: repository, "nog geen commits", "leg eerst records vast")
        }
        try expectOneLineError(["history", "--as-of", "HEAD"], in: repository, "nog geen commits")
        try expectOneLineError(["diff", "--staged"], in: repository, "er is nog geen commit")
    }

    @Test func aShallowCloneWorksUntilItsBoundary() throws {
        let source = try Self.twoCommits()
        let clone = try GitRepository(committed: false)
        try FileManager.default.removeItem(at: clone.url)
        try GitRepository.git(
            ["clone", "-q", "--depth", "1", "file://" + source.url.path, clone.url.path], in: source.url,
            home: source.url)
        for command in [["check"], ["check", "--staged"], ["check", "--rev", "HEAD"], ["show", "2024-II"]] {
            _ = try expectWorks(command, in: clone)
        }
        let log = try expectWorks(["log", "2024-II"], in: clone)
        #expect(log.stdout.contains("ondiep") || log.stderr.contains("ondiep"), "\(log.stdout)\(log.stderr)")
        for command in [["check", "--rev", "HEAD", "--base", "HEAD~1"], ["diff", "HEAD~1"]] {
            try expectOneLineError(command, in: clone, "ondiep (shallow)", "git fetch --unshallow")
        }
    }

    @Test func aSubmoduleUnderRecordsIsReportedNotRead() throws {
        let other = try GitRepository()
        let repository = try Self.twoCommits()
        try repository.git("submodule", "add", "-q", other.url.path, "records/tynaarlo/extern")
        try repository.git("commit", "-qm", "Submodule")
        for command in [["check"], ["check", "--staged"], ["check", "--rev", "HEAD"]] {
            let run = try expectWorks(command, in: repository, status: 1)
            #expect(run.stdout.contains("records/tynaarlo/extern:1:1: fout [TB100]"), "\(command): \(run.stdout)")
            #expect(run.stdout.contains("submodule (een andere git-repository)"))
            #expect(!run.stdout.contains("extern/records"), "the submodule's own files are not read")
        }
        for command in [["log", "2024-II"], ["blame", "2024-II"], ["diff", "HEAD~1", "HEAD"], ["history"]] {
            _ = try expectWorks(command, in: repository)
        }
    }

    @Test func aFolderThatIsNoRepository() throws {
        let folder = try RecordFolder.shipped()
        let run = try Taakboek.run(["-C", folder.url.path, "check"])
        #expect(run.status == 0, "the working tree needs no git: \(run.stderr)")
        for command in Self.gitCommands + [["diff", "--staged"]] {
            let run = try Taakboek.run(["-C", folder.url.path] + command)
            #expect(run.status == 2 && run.stderr.split(separator: "\n").count == 1, "\(command): \(run.stderr)")
            #expect(run.stderr.contains("geen git-repository") || run.stderr.contains("alleen in een git-repository"))
        }
    }
}
