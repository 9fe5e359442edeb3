import Foundation
import TaakboekGit
import Testing

@testable import TaakboekHistory

/// `taakboek log` lists, for every record ever touched, the commits `git log -- <path>` lists
/// (with and without `--first-parent`, and `--follow` for records renamed as they were): the
/// git CLI is the oracle. The change index is an optimisation only.
@Suite("log agrees with git log", .serialized)
struct LogAgreesWithGitTests {
    /// The commit ids `RecordLog` lists for `path` from HEAD, and whether it met a shallow boundary.
    static func log(
        _ repository: Repository, _ index: ChangeIndex, _ path: String, firstParent: Bool = false,
        follow: Bool = false
    ) throws -> (ids: [String], shallow: Bool) {
        var options = RecordLog.Options()
        options.firstParent = firstParent
        options.follow = follow
        let log = try RecordLog(
            repository: repository, index: index, path: path, start: try repository.resolve("HEAD"),
            options: options)
        var ids: [String] = []
        while let entry = try log.next() { ids.append(entry.commit.id.hex) }
        return (ids, log.reachedShallowBoundary)
    }

    /// Every record path that some commit of HEAD's history touched.
    static func touchedPaths(_ fixture: GitFixture, in directory: String = "repo") throws -> [String] {
        Array(Set(try fixture.lines(["log", "--name-only", "--format="], in: directory)))
            .filter { $0.hasPrefix("records/") }.sorted()
    }

    /// Compares every touched path with git, with and without `--first-parent`; returns the
    /// number of (path, mode) pairs compared and the log of every path as one text.
    @discardableResult
    static func compareEveryPath(
        _ fixture: GitFixture, _ repository: Repository, _ index: ChangeIndex, in directory: String = "repo",
        expectShallow: Bool = false
    ) throws -> String {
        var transcript = ""
        let paths = try touchedPaths(fixture, in: directory)
        #expect(!paths.isEmpty)
        for path in paths {
            for firstParent in [false, true] {
                let expected = try fixture.lines(
                    ["log", "--format=%H"] + (firstParent ? ["--first-parent"] : []) + ["--", path], in: directory)
                let actual = try log(repository, index, path, firstParent: firstParent)
                #expect(actual.ids == expected, "\(path) first-parent: \(firstParent)")
                if expectShallow { #expect(actual.shallow, "\(path) reached the shallow boundary") }
                transcript += "\(path) \(firstParent)\n" + actual.ids.joined(separator: "\n") + "\n"
            }
        }
        return transcript
    }

    /// `fillsIn`: every commit's changes worked out in full (as with an index file); otherwise
    /// only the asked path is followed through the trees (as without one).
    @Test(arguments: [true, false])
    func everyRecordOfAHandBuiltHistoryAgreesWithGit(fillsIn: Bool) throws {
        let fixture = try GitFixture()
        try HistoryScenario.build(in: fixture)
        let merges = try fixture.lines(["rev-list", "--merges", "HEAD"])
        #expect(merges.count == 7)
        let repository = try Repository.open(at: fixture.path("repo"))
        let transcript = try Self.compareEveryPath(
            fixture, repository, ChangeIndex(repository: repository, gitDir: nil, fillsIn: fillsIn))
        // The cases the scenario is for are really there.
        let both = try fixture.lines(["log", "--format=%s", "--", HistoryScenario.period1])
        #expect(both.contains("samenvoegen side"), "the merge that changed period1 on both sides is listed")
        #expect(try fixture.lines(["log", "--format=%s", "--", HistoryScenario.period2]).contains("weg: p2") == false)
        #expect(try fixture.lines(["log", "--format=%s", "--", HistoryScenario.period3]).count == 3)
        #expect(transcript.contains(HistoryScenario.renamedLetter))
    }

    @Test(arguments: [true, false])
    func aGeneratedHistoryAgreesWithGitForEveryRecord(fillsIn: Bool) throws {
        let fixture = try GitFixture()
        try fixture.generate([
            "--municipalities", "2", "--from", "2022", "--to", "2025", "--placements-per-period", "2",
            "--commits", "150", "--seed", "5",
        ])
        #expect(try fixture.lines(["rev-list", "--merges", "HEAD"]).count > 3)
        #expect(!(try fixture.lines(["log", "--diff-filter=R", "-M100%", "--format=%H"])).isEmpty, "has a rename")
        #expect(!(try fixture.lines(["log", "--diff-filter=D", "--format=%H"])).isEmpty, "has a deletion")
        let repository = try Repository.open(at: fixture.path("repo"))
        try Self.compareEveryPath(
            fixture, repository, ChangeIndex(repository: repository, gitDir: nil, fillsIn: fillsIn))
    }

    /// Every record renamed as it was (same content, new name): `--follow` continues under the
    /// old name as `git log --follow -M100%` does. (Plain `git log --follow` also follows a rename
    /// with edits, and takes a placement added beside a similar one for its copy: with at least
    /// 50% of the lines equal, git continues into the other placement's history.)
    @Test(arguments: [false, true], [true, false])
    func followingAnExactRenameAgreesWithGit(generated: Bool, fillsIn: Bool) throws {
        let fixture = try GitFixture()
        if generated {
            try fixture.generate([
                "--municipalities", "2", "--from", "2022", "--to", "2025", "--placements-per-period", "2",
                "--commits", "150", "--seed", "5",
            ])
        } else {
            try HistoryScenario.build(in: fixture)
        }
        let renamed = try fixture.lines(["log", "--diff-filter=R", "-M100%", "--name-status", "--format="])
            .compactMap { line -> String? in
                let fields = line.split(separator: "\t").map(String.init)
                return fields.count == 3 && fields[2].hasPrefix("records/") ? fields[2] : nil
            }
        #expect(!renamed.isEmpty)
        let repository = try Repository.open(at: fixture.path("repo"))
        let index = ChangeIndex(repository: repository, gitDir: nil, fillsIn: fillsIn)
        for path in renamed {
            for firstParent in [false, true] {
                let expected = try fixture.lines(
                    ["log", "--format=%H", "--follow", "-M100%"] + (firstParent ? ["--first-parent"] : []) + [
                        "--", path,
                    ])
                let actual = try Self.log(repository, index, path, firstParent: firstParent, follow: true).ids
                #expect(actual == expected, "\(path) --follow first-parent: \(firstParent)")
                // Along every parent the rename itself is met, and the history before it.
                let unfollowed = try Self.log(repository, index, path, firstParent: firstParent).ids
                if !firstParent { #expect(actual.count > unfollowed.count, "\(path): following reaches further") }
            }
        }
    }

    /// A rename moves the same content: the entry names the old path and changes no field.
    @Test func anExactRenameChangesNoField() throws {
        let fixture = try GitFixture()
        try HistoryScenario.build(in: fixture)
        let repository = try Repository.open(at: fixture.path("repo"))
        var options = RecordLog.Options()
        options.follow = true
        let log = try RecordLog(
            repository: repository, index: ChangeIndex(repository: repository, gitDir: nil),
            path: HistoryScenario.renamedCorrection, start: try repository.resolve("HEAD"), options: options)
        var entries: [RecordLog.Entry] = []
        while let entry = try log.next() { entries.append(entry) }
        #expect(
            entries.map(\.commit.summary) == [
                "correctie gewijzigd", "correctie hernoemd", "p1 regel 3, correctie, brief",
            ])
        guard entries.count == 3 else { return }
        #expect(entries[0].changes.map(\.key) == ["naar"])
        #expect(entries[1].renamedFrom == HistoryScenario.correction)
        #expect(entries[1].changes.isEmpty, "\(entries[1].changes)")
        #expect(entries[2].path == HistoryScenario.correction && entries[2].kind == .added)
        #expect(entries[2].changes.map(\.key) == ["van", "naar"])
    }

    /// The index file present, deleted, truncated or with flipped bytes: the same answers.
    @Test func theChangeIndexChangesNoAnswer() throws {
        let fixture = try GitFixture()
        try HistoryScenario.build(in: fixture)
        let repository = try Repository.open(at: fixture.path("repo"))
        let gitDir = repository.location.gitDir
        let file = (gitDir.hasSuffix("/") ? gitDir : gitDir + "/") + "taakboek/" + ChangeIndex.fileName
        func run() throws -> String {
            let index = ChangeIndex(repository: repository, gitDir: gitDir)
            let transcript = try Self.compareEveryPath(fixture, repository, index)
            index.persist()
            return transcript
        }
        let memoryOnly = try Self.compareEveryPath(
            fixture, repository, ChangeIndex(repository: repository, gitDir: nil))
        #expect(!FileManager.default.fileExists(atPath: file))
        // Without the file, every path is followed through the trees and no file is made.
        let cold = try run()
        #expect(!FileManager.default.fileExists(atPath: file), "a query makes no index")
        func fill() throws -> (commits: Int, added: Int) {
            try ChangeIndex(repository: repository, gitDir: gitDir).fill(from: [try repository.resolve("HEAD")])
        }
        let commits = try fixture.lines(["rev-list", "HEAD"]).count
        let filled = try fill()
        #expect(filled.commits == commits && filled.added == commits)
        let written = try #require(FileManager.default.contents(atPath: file))
        #expect(written.count > commits * 20, "every commit was stored")
        #expect(try fill().added == 0)
        let warm = try run()
        // Every commit was found in the file: nothing new was written.
        #expect(FileManager.default.contents(atPath: file) == written)
        #expect(cold == memoryOnly && warm == memoryOnly)

        try FileManager.default.removeItem(atPath: file)
        #expect(try run() == memoryOnly)
        // An empty index fills in as queries walk.
        _ = try ChangeIndex(repository: repository, gitDir: gitDir).fill(from: [])
        #expect(try run() == memoryOnly)
        #expect(try #require(FileManager.default.contents(atPath: file)).count > commits * 20, "filled in by queries")

        var damaged = try #require(FileManager.default.contents(atPath: file))
        try damaged.prefix(damaged.count * 2 / 3).write(to: URL(fileURLWithPath: file))
        #expect(try run() == memoryOnly, "truncated")

        damaged = try #require(FileManager.default.contents(atPath: file))
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<40 {
            let offset = Int.random(in: 0..<damaged.count, using: &generator)
            damaged[offset] ^= UInt8.random(in: 1...255, using: &generator)
        }
        try damaged.write(to: URL(fileURLWithPath: file))
        #expect(try run() == memoryOnly, "bytes flipped")

        // Flipped bytes in every entry's payload, not only somewhere: every lookup must miss.
        damaged = try #require(FileManager.default.contents(atPath: file))
        let header = damaged.firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        for offset in stride(from: header + 7, to: damaged.count, by: 11) { damaged[offset] ^= 0x5A }
        try damaged.write(to: URL(fileURLWithPath: file))
        #expect(try run() == memoryOnly, "every entry damaged")

        try Data("not an index".utf8).write(to: URL(fileURLWithPath: file))
        #expect(try run() == memoryOnly, "foreign content")
    }

    /// A shallow clone: log lists what git lists there and says it met the boundary.
    @Test(arguments: [1, 3, 5, 8], [true, false])
    func aShallowCloneListsWhatGitListsAndSaysSo(depth: Int, fillsIn: Bool) throws {
        let fixture = try GitFixture()
        try HistoryScenario.build(in: fixture)
        try fixture.git(
            ["clone", "-q", "--depth", "\(depth)", "file://" + fixture.path("repo"), fixture.path("shallow")],
            in: ".")
        let repository = try Repository.open(at: fixture.path("shallow"))
        #expect(try repository.isShallow)
        let gitDir = repository.location.gitDir
        let index = ChangeIndex(repository: repository, gitDir: gitDir, fillsIn: fillsIn)
        let first = try Self.compareEveryPath(fixture, repository, index, in: "shallow", expectShallow: true)
        index.persist()
        // Again from the index file: the boundary is never stored, so it is still met.
        let again = try Self.compareEveryPath(
            fixture, repository, ChangeIndex(repository: repository, gitDir: gitDir, fillsIn: fillsIn),
            in: "shallow", expectShallow: true)
        #expect(first == again)
    }
}
