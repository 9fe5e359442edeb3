import TaakboekGit
import TaakboekTestSupport
import Testing

@Suite("Index")
struct IndexTests {
    @Test func partiallyStagedContentDiffersFromWorkingTree() throws {
        try withScratch { scratch in
            let repoPath = try scratch.initRepository()
            try scratch.write("repo/a.txt", "committed\n")
            let head = try #require(ObjectID(hex: try scratch.commitAll("first", in: repoPath)))
            try scratch.write("repo/a.txt", "staged\n")
            try scratch.git(["add", "a.txt"], in: repoPath)
            try scratch.write("repo/a.txt", "working tree\n")

            let repository = try Repository.open(at: repoPath)
            let index = try repository.index()
            #expect(!index.hasConflicts)
            let entry = try #require(index.entry(atPath: "a.txt"))
            #expect(entry.stage == 0)
            #expect(entry.mode == .blob)
            let staged = try repository.blob(entry.id)
            #expect(staged == Array("staged\n".utf8))
            #expect(staged != (try scratch.read("repo/a.txt")))
            let committed = try #require(try repository.entry(atPath: "a.txt", inCommit: head))
            #expect(committed.id != entry.id)
        }
    }

    @Test func filtersEntriesByPrefix() throws {
        try withScratch { scratch in
            let repoPath = try scratch.initRepository()
            for name in ["a", "a-b", "a0", "ab/x.txt", "records/a.txt", "records/sub/b.txt", "z.txt"] {
                try scratch.write("repo/" + name, name + "\n")
            }
            try scratch.git(["add", "-A"], in: repoPath)
            let index = try Repository.open(at: repoPath).index()
            #expect(index.entries().count == 7)
            #expect(index.entries(under: "records").map(\.path) == ["records/a.txt", "records/sub/b.txt"])
            #expect(index.entries(under: "records/sub/").map(\.path) == ["records/sub/b.txt"])
            #expect(index.entries(under: "a").map(\.path) == ["a"])
            #expect(index.entries(under: "ab").map(\.path) == ["ab/x.txt"])
            #expect(index.entries(under: "missing").isEmpty)
            #expect(index.entries(under: "zz").isEmpty)
        }
    }

    @Test func reportsMergeConflicts() throws {
        try withScratch { scratch in
            let repoPath = try scratch.initRepository()
            try scratch.write("repo/a.txt", "base\n")
            try scratch.write("repo/clean.txt", "clean\n")
            try scratch.commitAll("base", in: repoPath)
            try scratch.git(["checkout", "-q", "-b", "other"], in: repoPath)
            try scratch.write("repo/a.txt", "theirs\n")
            try scratch.commitAll("theirs", in: repoPath)
            try scratch.git(["checkout", "-q", "main"], in: repoPath)
            try scratch.write("repo/a.txt", "ours\n")
            try scratch.commitAll("ours", in: repoPath)
            try scratch.git(["merge", "-q", "other"], in: repoPath, allowFailure: true)
            #expect(try scratch.lines(["diff", "--name-only", "--diff-filter=U"], in: repoPath) == ["a.txt"])

            let repository = try Repository.open(at: repoPath)
            let index = try repository.index()
            #expect(index.hasConflicts)
            #expect(index.conflictedPaths == ["a.txt"])
            let stages = index.entries(under: "a.txt")
            try #require(stages.map(\.stage) == [1, 2, 3])
            #expect(try repository.blob(stages[0].id) == Array("base\n".utf8))
            #expect(try repository.blob(stages[1].id) == Array("ours\n".utf8))
            #expect(try repository.blob(stages[2].id) == Array("theirs\n".utf8))
            #expect(index.entry(atPath: "a.txt") == nil)
            #expect(index.entry(atPath: "a.txt", stage: 2)?.id == stages[1].id)
            #expect(index.entries(under: "clean.txt").map(\.stage) == [0])
        }
    }

    @Test func rereadsTheIndexAfterChanges() throws {
        try withScratch { scratch in
            let repoPath = try scratch.initRepository()
            try scratch.write("repo/a.txt", "a\n")
            try scratch.git(["add", "a.txt"], in: repoPath)
            let repository = try Repository.open(at: repoPath)
            #expect(try repository.index().entries().map(\.path) == ["a.txt"])
            try scratch.write("repo/b.txt", "b\n")
            try scratch.git(["add", "b.txt"], in: repoPath)
            #expect(try repository.index().entries().map(\.path) == ["a.txt", "b.txt"])
        }
    }

    @Test func readsDespiteALockAndRejectsACorruptIndex() throws {
        try withScratch { scratch in
            let repoPath = try scratch.initRepository()
            try scratch.write("repo/a.txt", "a\n")
            try scratch.git(["add", "a.txt"], in: repoPath)
            // Another git process holding index.lock does not stop reading.
            try scratch.write("repo/.git/index.lock", "")
            #expect(try Repository.open(at: repoPath).index().entries().map(\.path) == ["a.txt"])

            try scratch.write("repo/.git/index", "DIRC but truncated and corrupt")
            let error = #expect(throws: GitError.self) { try Repository.open(at: repoPath).index() }
            #expect(error?.errorClass == .index)
        }
    }
}
