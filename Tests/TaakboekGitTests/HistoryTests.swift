import TaakboekGit
import TaakboekTestSupport
import Testing

@Suite("History walks")
struct HistoryTests {
    /// main: c1 - c2 - c3 - merge - c4, side branch from c1: s1 - s2, with
    /// commit dates interleaved (c2 < s1 < c3 < s2) so ordering matters.
    private func makeHistory(_ scratch: Scratch) throws -> (path: String, c2: String) {
        let repoPath = try scratch.initRepository()
        try scratch.write("repo/main.txt", "1\n")
        try scratch.commitAll("c1", in: repoPath)
        try scratch.git(["branch", "side"], in: repoPath)
        try scratch.write("repo/main.txt", "2\n")
        let c2 = try scratch.commitAll("c2", in: repoPath)
        try scratch.git(["checkout", "-q", "side"], in: repoPath)
        try scratch.write("repo/side.txt", "1\n")
        try scratch.commitAll("s1", in: repoPath)
        try scratch.git(["checkout", "-q", "main"], in: repoPath)
        try scratch.write("repo/main.txt", "3\n")
        try scratch.commitAll("c3", in: repoPath)
        try scratch.git(["checkout", "-q", "side"], in: repoPath)
        try scratch.write("repo/side.txt", "2\n")
        try scratch.commitAll("s2", in: repoPath)
        try scratch.git(["checkout", "-q", "main"], in: repoPath)
        try scratch.git(["merge", "-q", "--no-ff", "-m", "merge side", "side"], in: repoPath)
        try scratch.write("repo/main.txt", "4\n")
        try scratch.commitAll("c4", in: repoPath)
        return (repoPath, c2)
    }

    private func ids(_ walk: RevisionWalk) throws -> [String] {
        var result: [String] = []
        while let id = try walk.nextID() { result.append(id.hex) }
        return result
    }

    @Test func defaultOrderMatchesGitLog() throws {
        try withScratch { scratch in
            let (repoPath, _) = try makeHistory(scratch)
            let repository = try Repository.open(at: repoPath)
            let head = try repository.resolve("HEAD")
            let expected = try scratch.lines(["log", "--format=%H"], in: repoPath)
            #expect(expected.count == 7)
            #expect(try ids(repository.walk(.init(starting: [head]))) == expected)

            let commits = try repository.walk(.init(starting: [head])).map { try $0.get() }
            #expect(commits.map(\.id.hex) == expected)
            #expect(commits.map(\.summary) == ["c4", "merge side", "s2", "c3", "s1", "c2", "c1"])
            #expect(commits[1].isMerge)
        }
    }

    @Test func firstParentMatchesGitLog() throws {
        try withScratch { scratch in
            let (repoPath, _) = try makeHistory(scratch)
            let repository = try Repository.open(at: repoPath)
            let head = try repository.resolve("HEAD")
            let expected = try scratch.lines(["log", "--first-parent", "--format=%H"], in: repoPath)
            #expect(expected.count == 5)
            #expect(try ids(repository.walk(.init(starting: [head], firstParent: true))) == expected)
        }
    }

    @Test func hidingAndReversingMatchGitLog() throws {
        try withScratch { scratch in
            let (repoPath, c2) = try makeHistory(scratch)
            let repository = try Repository.open(at: repoPath)
            let head = try repository.resolve("HEAD")
            let hidden = try #require(ObjectID(hex: c2))
            #expect(
                try ids(repository.walk(.init(starting: [head], hiding: [hidden])))
                    == (try scratch.lines(["log", "--format=%H", "HEAD", "^" + c2], in: repoPath)))
            #expect(
                try ids(repository.walk(.init(starting: [head], reverse: true)))
                    == (try scratch.lines(["log", "--reverse", "--format=%H"], in: repoPath)))
            #expect(try ids(repository.walk(.init(starting: [head], order: .topological))).count == 7)
        }
    }

    @Test func walkIsLazyAndEnds() throws {
        try withScratch { scratch in
            let (repoPath, _) = try makeHistory(scratch)
            let repository = try Repository.open(at: repoPath)
            let walk = try repository.walk(.init(starting: [try repository.resolve("HEAD")]))
            let first = try #require(try walk.nextCommit())
            #expect(first.summary == "c4")
            #expect(Array(walk.prefix(2)).count == 2)
            #expect(try ids(walk).count == 4)
            #expect(try walk.nextID() == nil)
            #expect(walk.next() == nil)
        }
    }

    @Test func unknownStartIsNotFound() throws {
        try withScratch { scratch in
            let repoPath = try scratch.initRepository()
            try scratch.commitAll("empty", in: repoPath)
            let repository = try Repository.open(at: repoPath)
            let missing = try #require(ObjectID(hex: String(repeating: "ab", count: 20)))
            let error = #expect(throws: GitError.self) { try repository.walk(.init(starting: [missing])) }
            #expect(error?.code == .notFound)
        }
    }

    @Test func shallowHistoryFailsClearlyAtTheBoundary() throws {
        try withScratch { scratch in
            let repoPath = try scratch.initRepository()
            for number in 1...3 {
                try scratch.write("repo/a.txt", "\(number)\n")
                try scratch.commitAll("commit \(number)", in: repoPath)
            }
            try scratch.git(
                ["clone", "-q", "--depth", "2", "file://" + repoPath, scratch.path("shallow")], in: scratch.root)
            let shallow = try Repository.open(at: scratch.path("shallow"))
            let walk = try shallow.walk(.init(starting: [try shallow.resolve("HEAD")]))
            var summaries: [String] = []
            var failure: GitError?
            for result in walk {
                switch result {
                case .success(let commit): summaries.append(commit.summary)
                case .failure(let error): failure = error
                }
            }
            // libgit2 1.5 parses the missing parent of the boundary commit and
            // fails; the walk must end with an explanatory error, not a crash.
            #expect(["commit 3", "commit 2"].starts(with: summaries))
            let error = try #require(failure)
            #expect(error.code == .notFound)
            #expect(error.message.contains("shallow clone"))
            #expect(walk.next() == nil)
        }
    }
}
