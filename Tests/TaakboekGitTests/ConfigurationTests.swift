import Foundation
import TaakboekGit
import TaakboekTestSupport
import Testing

@Suite("Reading the configuration")
struct ConfigurationTests {
    @Test func aValueSetInTheRepositoryIsRead() throws {
        try withScratch { scratch in
            let repoPath = try scratch.initRepository()
            try scratch.git(["config", "core.autocrlf", "input"], in: repoPath)
            try scratch.git(["config", "taakboek.proef", "een waarde"], in: repoPath)
            let repository = try Repository.open(at: repoPath)
            #expect(try repository.configurationValue("core.autocrlf") == "input")
            #expect(try repository.configurationValue("taakboek.proef") == "een waarde")
            #expect(try repository.configurationValue("taakboek.nergens") == nil)
        }
    }

    @Test func aPathHasItsHomeExpandedAndARelativeOneStaysAsWritten() throws {
        try withScratch { scratch in
            let repoPath = try scratch.initRepository()
            try scratch.git(["config", "core.hooksPath", "~/hooks"], in: repoPath)
            let repository = try Repository.open(at: repoPath)
            let expanded = try #require(try repository.configurationPath("core.hooksPath"))
            #expect(!expanded.hasPrefix("~") && expanded.hasSuffix("/hooks"))
            try scratch.git(["config", "core.hooksPath", ".githooks"], in: repoPath)
            #expect(try Repository.open(at: repoPath).configurationPath("core.hooksPath") == ".githooks")
            #expect(try repository.configurationPath("core.nergens") == nil)
        }
    }

    @Test func booleansAreReadAsGitReadsThem() {
        for value in ["true", "yes", "on", "1", "TRUE"] { #expect(Repository.configurationBoolean(value) == true) }
        for value in ["false", "no", "off", "0", ""] { #expect(Repository.configurationBoolean(value) == false) }
        #expect(Repository.configurationBoolean("input") == nil)
    }
}
