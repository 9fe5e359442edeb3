import Foundation
import Testing

@testable import TaakboekGit

/// libgit2 keeps its last error message until another replaces it. A failure reported after
/// one that set a message, by a call that sets none, must not carry the earlier text.
@Suite("libgit2 error messages are not stale")
struct StaleErrorTests {
    @Test func aFailureWithoutMessageDoesNotRepeatTheLastOne() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("geen-repo-\(UUID().uuidString)")
        let first = #expect(throws: GitError.self) { try Repository.open(at: missing.path) }
        let firstMessage = try #require(first?.message)
        #expect(!firstMessage.isEmpty)
        // The same thread, a failing code that libgit2 gave no message for.
        let second = #expect(throws: GitError.self) { try check(-1, "a later call") }
        #expect(second?.message.contains("set no error message") == true, "\(second?.message ?? "")")
        #expect(second?.message.contains(firstMessage) == false)
    }
}
