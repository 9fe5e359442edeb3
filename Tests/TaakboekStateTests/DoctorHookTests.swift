import Foundation
import TaakboekCore
import TaakboekGit
import TaakboekTestSupport
import Testing

@testable import TaakboekState

/// `taakboek doctor`'s first two checks on real repositories: the pre-commit hook where git runs
/// it from, and the taakboek it would run.
@Suite("Doctor: the pre-commit hook and its program")
struct DoctorHookTests {
    @Test func noHookIsAWarningAndItsProgramIsNotLookedAt() throws {
        try withScratch { scratch in
            let fixture = try DoctorFixture(scratch)
            let report = try fixture.report()
            let hook = try #require(report.check("hook"))
            #expect(hook.status == .warning)
            #expect(
                hook.message.en == "no pre-commit hook in \(fixture.hooks): git does not check the records at a commit")
            #expect(hook.fix == LocalizedText("`taakboek hook install`"))
            #expect(report.check("hook-binary")?.status == .skipped)
            #expect(report.exitStatus == .findings)
        }
    }

    @Test func taakboeksHookRunningThisProgramIsInOrder() throws {
        try withScratch { scratch in
            let fixture = try DoctorFixture(scratch)
            try fixture.install()
            let report = try fixture.report()
            #expect(report.check("hook")?.status == .ok)
            #expect(
                report.check("hook")?.message.nl
                    == "de hook van taakboek staat in \(fixture.hooks)/pre-commit en is uitvoerbaar")
            let binary = try #require(report.check("hook-binary"))
            #expect(binary.status == .ok && binary.fix == nil)
            #expect(binary.message.en == "the hook runs \(fixture.running) (the path in the hook): this program")
            #expect(report.checks.allSatisfy { $0.status == .ok }, "\(report.text(in: .en))")
            #expect(report.exitStatus == .clean)
        }
    }

    @Test func aForeignHookIsAWarningWhoseFixChainsIt() throws {
        try withScratch { scratch in
            let fixture = try DoctorFixture(scratch)
            try fixture.writeHook("#!/bin/sh\necho eigen\n")
            let report = try fixture.report()
            let hook = try #require(report.check("hook"))
            #expect(hook.status == .warning)
            #expect(hook.message.nl.contains("is niet van taakboek"))
            #expect(hook.fix?.en.hasPrefix("`taakboek hook install --chain`: it keeps this hook as") == true)
            #expect(report.check("hook-binary")?.status == .skipped)
        }
    }

    @Test func aHookThatIsNotExecutableIsSkippedByGit() throws {
        try withScratch { scratch in
            let fixture = try DoctorFixture(scratch)
            try fixture.install()
            try FileManager.default.setAttributes(
                [.posixPermissions: 0o644], ofItemAtPath: fixture.hooks + "/pre-commit")
            let hook = try #require(try fixture.report().check("hook"))
            #expect(hook.status == .warning)
            #expect(hook.message.en.hasSuffix("is not executable: git skips it and checks nothing"))
            #expect(hook.fix == LocalizedText("`chmod +x \(fixture.hooks)/pre-commit`"))
        }
    }

    @Test func aChainedHookIsNamedAndOneThatCannotRunIsAWarning() throws {
        try withScratch { scratch in
            let fixture = try DoctorFixture(scratch)
            try fixture.writeHook("#!/bin/sh\necho eigen\n")
            try fixture.install(chain: true)
            let chained = fixture.hooks + "/" + HookInstaller.chainedName
            let hook = try #require(try fixture.report().check("hook"))
            #expect(hook.status == .ok)
            #expect(hook.message.en.hasSuffix("and executable; it runs \(chained) first"))
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: chained)
            let skipped = try #require(try fixture.report().check("hook"))
            #expect(skipped.status == .warning)
            #expect(skipped.message.en.contains("the earlier hook \(chained) is not executable and is skipped"))
        }
    }

    @Test func aHookNamingAnotherTaakboekIsAWarningAndAMissingOneAnError() throws {
        try withScratch { scratch in
            let fixture = try DoctorFixture(scratch)
            try fixture.install(binary: fixture.other)
            let elsewhere = try #require(try fixture.report().check("hook-binary"))
            #expect(elsewhere.status == .warning)
            #expect(
                elsewhere.message.en
                    == "the hook runs \(fixture.other) (the path in the hook), but this program is \(fixture.running): commits are checked by another taakboek, perhaps another version"
            )
            #expect(elsewhere.fix?.en == "`taakboek hook install` writes the path of this program into the hook")

            try fixture.install(binary: scratch.path("gone/taakboek"))
            let report = try fixture.report()
            let gone = try #require(report.check("hook-binary"))
            #expect(gone.status == .error)
            #expect(gone.message.nl.hasPrefix("de hook draait \(scratch.path("gone/taakboek")), maar dat bestaat niet"))
            #expect(gone.message.nl.hasSuffix("de hook houdt elke commit tegen"))
            #expect(report.exitStatus == .findings)
        }
    }

    @Test func taakboekOnPATHComesBeforeThePathInTheHook() throws {
        try withScratch { scratch in
            let fixture = try DoctorFixture(scratch)
            try fixture.install()
            let otherFolder = scratch.path("other")
            let binary = try #require(try fixture.report(searchPath: "/nowhere:" + otherFolder).check("hook-binary"))
            #expect(binary.status == .warning)
            #expect(binary.message.en.hasPrefix("the hook runs \(fixture.other) (through PATH), but this program is"))
            #expect(
                binary.fix?.en.contains("put this program's folder earlier on PATH, or remove \(fixture.other)") == true
            )
            // Found through PATH by way of a symbolic link to this program: the same program.
            try scratch.makeDirectory("linked")
            try FileManager.default.createSymbolicLink(
                atPath: scratch.path("linked/taakboek"), withDestinationPath: fixture.running)
            let linked = try #require(try fixture.report(searchPath: scratch.path("linked")).check("hook-binary"))
            #expect(linked.status == .ok)
            #expect(linked.message.en.contains("\(scratch.path("linked/taakboek")) (→ \(fixture.running))"))
        }
    }

    @Test func theTAAKBOEKVariableChoosesTheProgram() throws {
        try withScratch { scratch in
            let fixture = try DoctorFixture(scratch)
            try fixture.install()
            let other = try #require(try fixture.report(["TAAKBOEK": fixture.other]).check("hook-binary"))
            #expect(other.status == .warning && other.message.en.contains("(from TAAKBOEK)"))
            #expect(other.fix?.en.hasPrefix("TAAKBOEK=\(fixture.other) chooses the hook's program") == true)
            let missing = try #require(try fixture.report(["TAAKBOEK": scratch.path("gone")]).check("hook-binary"))
            #expect(missing.status == .error)
            // Empty is unset, as in the hook's script.
            #expect(try fixture.report(["TAAKBOEK": ""]).check("hook-binary")?.status == .ok)
        }
    }

    @Test func aCopyOfTheRepositorysHookRunsTaakboekFromPATH() throws {
        try withScratch { scratch in
            let fixture = try DoctorFixture(scratch)
            try fixture.writeHook(try RepositoryFiles.text("hooks/pre-commit"))
            let report = try fixture.report(searchPath: scratch.path("running"))
            #expect(report.check("hook")?.status == .ok)
            #expect(report.check("hook")?.message.nl.hasPrefix("een kopie van hooks/pre-commit van taakboek") == true)
            #expect(report.check("hook-binary")?.status == .ok)
            // Without taakboek on PATH that hook refuses every commit.
            let refusing = try #require(try fixture.report().check("hook-binary"))
            #expect(refusing.status == .error)
            #expect(
                refusing.fix?.en
                    == "put the folder of this program (\(fixture.running)) on PATH, or set TAAKBOEK=\(fixture.running)"
            )
        }
    }

    @Test func coreHooksPathIsWhereTheHookIsLookedFor() throws {
        try withScratch { scratch in
            let fixture = try DoctorFixture(scratch)
            try fixture.install()
            try scratch.git(["config", "core.hooksPath", ".githooks"], in: fixture.repository)
            let githooks = fixture.repository + "/.githooks"
            let missing = try #require(try fixture.report().check("hook"))
            #expect(missing.status == .warning)
            #expect(missing.message.en.hasPrefix("no pre-commit hook in \(githooks) (core.hooksPath)"))
            #expect(
                missing.fix?.en
                    == "git takes the hooks from \(githooks) (core.hooksPath), but `taakboek hook install` writes to \(fixture.hooks): remove the setting with `git config --unset core.hooksPath` and run `taakboek hook install`, or put taakboek's hook into \(githooks) yourself"
            )
            try fixture.install(into: githooks)
            let report = try fixture.report()
            #expect(report.check("hook")?.status == .ok)
            #expect(report.check("hook")?.message.en.contains(githooks + "/pre-commit") == true)
            #expect(report.check("hook-binary")?.status == .ok)
        }
    }

    @Test func theInstallersPathIsReadBackAsTheShellReadsIt() {
        for binary in ["/opt/taakboek/bin/taakboek", "/home/o'brien/my tools/taakboek", "/a\\b/taakboek"] {
            let script = HookInstaller(hooksDirectory: "/x", binary: binary).script()
            #expect(InstalledHook.namedBinary(in: script) == binary)
        }
        #expect(InstalledHook.namedBinary(in: "#!/bin/sh\nexit 0\n") == nil)
    }
}
