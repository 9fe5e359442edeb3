import TaakboekGit
import TaakboekTestSupport
import Testing

@Suite("Revisions and commits")
struct RevisionTests {
    @Test func resolvesRevisionExpressions() throws {
        try withScratch { scratch in
            let repoPath = try scratch.initRepository()
            try scratch.write("repo/a.txt", "1\n")
            let first = try scratch.commitAll("first", in: repoPath)
            try scratch.write("repo/a.txt", "2\n")
            let second = try scratch.commitAll("second", in: repoPath)
            try scratch.git(["tag", "-a", "v1", "-m", "release", first], in: repoPath)

            let repository = try Repository.open(at: repoPath)
            #expect(try repository.resolve("HEAD").hex == second)
            #expect(try repository.resolve("HEAD~1").hex == first)
            #expect(try repository.resolve("main^").hex == first)
            #expect(try repository.resolve(String(second.prefix(7))).hex == second)
            #expect(try repository.resolve("v1").hex == first)  // annotated tag peeled to its commit

            let unknown = #expect(throws: GitError.self) { try repository.resolve("no-such-branch") }
            #expect(unknown?.code == .notFound)
            #expect(unknown?.message.contains("no-such-branch") == true)

            let blob = #expect(throws: GitError.self) { try repository.resolve("HEAD:a.txt") }
            #expect(blob?.message.contains("HEAD:a.txt") == true)
            #expect(blob?.code == .invalidSpec)
        }
    }

    @Test func readsCommitInformation() throws {
        try withScratch { scratch in
            let repoPath = try scratch.initRepository()
            try scratch.write("repo/a.txt", "1\n")
            let parent = try scratch.commitAll("parent", in: repoPath)
            try scratch.write("repo/a.txt", "2\n")
            let head = try scratch.commitAll(
                "Add the second version\n\nA longer body\nover two lines.", in: repoPath,
                environment: [
                    "GIT_AUTHOR_NAME": "Ada Lovelace", "GIT_AUTHOR_EMAIL": "ada@example.org",
                    "GIT_AUTHOR_DATE": "1600000000 +0130", "GIT_COMMITTER_DATE": "1600000600 -0800",
                ])

            let repository = try Repository.open(at: repoPath)
            let id = try #require(ObjectID(hex: head))
            let commit = try repository.commit(id)
            #expect(commit.id == id)
            #expect(commit.parentIDs.map(\.hex) == [parent])
            #expect(!commit.isMerge)
            #expect(
                commit.author
                    == Signature(
                        name: "Ada Lovelace", email: "ada@example.org",
                        time: GitTime(secondsSinceEpoch: 1_600_000_000, offsetMinutes: 90)))
            #expect(commit.committer.name == "Test Committer")
            #expect(commit.committerTime == GitTime(secondsSinceEpoch: 1_600_000_600, offsetMinutes: -480))
            #expect(commit.summary == "Add the second version")
            #expect(commit.message == "Add the second version\n\nA longer body\nover two lines.\n")

            let treeHex = try scratch.revParse("HEAD^{tree}", in: repoPath)
            #expect(commit.treeID.hex == treeHex)
            #expect(try repository.tree(ofCommit: id).hex == treeHex)

            let root = try repository.commit(try #require(ObjectID(hex: parent)))
            #expect(root.parentIDs.isEmpty)
        }
    }

    @Test func treeOfANonCommitIsAnError() throws {
        try withScratch { scratch in
            let repoPath = try scratch.initRepository()
            try scratch.write("repo/a.txt", "1\n")
            try scratch.commitAll("first", in: repoPath)
            let blobID = try #require(ObjectID(hex: try scratch.revParse("HEAD:a.txt", in: repoPath)))
            let repository = try Repository.open(at: repoPath)
            #expect(throws: GitError.self) { try repository.tree(ofCommit: blobID) }
        }
    }
}
