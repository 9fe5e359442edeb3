import Foundation
import TaakboekGit
import TaakboekTestSupport
import Testing

@Suite("Creating repositories")
struct InitializeTests {
    @Test func createsARepositoryOnBranchMainThatGitReads() throws {
        try withScratch { scratch in
            try scratch.makeDirectory("nieuw")
            let repository = try Repository.initialize(at: scratch.path("nieuw"))
            #expect(repository.workdir == scratch.path("nieuw"))
            #expect(!repository.isBare)
            #expect(try repository.isHeadUnborn)
            let branch = try scratch.git(["symbolic-ref", "HEAD"], in: scratch.path("nieuw"))
            #expect(branch.trimmingCharacters(in: .whitespacesAndNewlines) == "refs/heads/main")
        }
    }

    @Test func leavesAnExistingRepositoryAsItIs() throws {
        try withScratch { scratch in
            let path = try scratch.initRepository()
            try scratch.write("repo/a.txt", "a\n")
            let head = try scratch.commitAll("eerste", in: path)
            let repository = try Repository.initialize(at: path)
            #expect(try repository.headID?.hex == head)
        }
    }
}
